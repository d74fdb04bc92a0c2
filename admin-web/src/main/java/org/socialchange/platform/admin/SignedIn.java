package org.socialchange.platform.admin;

import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.EducatorScope;

/**
 * The signed-in account as this request sees it, read from the database once per request
 * (a role, scope or disabling takes effect at the next request): controllers pass its
 * scope to the core. Controllers receive it as the request attribute {@value #ATTRIBUTE}.
 */
public record SignedIn(long id, String email, CoordinatorRole role, EducatorScope scope) {

	/** The request attribute that holds the signed-in account. */
	public static final String ATTRIBUTE = "org.socialchange.platform.admin.SignedIn";

	static SignedIn of(Coordinator coordinator) {
		return new SignedIn(coordinator.id(), coordinator.email(), coordinator.role(), coordinator.scope());
	}

}
