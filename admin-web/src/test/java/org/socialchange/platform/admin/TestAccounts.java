package org.socialchange.platform.admin;

import java.util.Optional;

import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.EducatorScope;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * For slice tests with a mocked {@link CoordinatorManagement}: the account the signed-in
 * test user stands for, as the per-request check reads it.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** An active account for every educator with this role. */
	public static Coordinator given(CoordinatorManagement coordinators, String email, CoordinatorRole role,
			boolean mustChangePassword) {
		Coordinator coordinator = mock();
		stub(coordinator, email, role, mustChangePassword);
		org.mockito.BDDMockito.given(coordinators.find(email)).willReturn(Optional.of(coordinator));
		return coordinator;
	}

	/** Makes a mocked coordinator an active account for every educator with this role. */
	public static void stub(Coordinator coordinator, String email, CoordinatorRole role, boolean mustChangePassword) {
		org.mockito.BDDMockito.given(coordinator.id()).willReturn(1L);
		org.mockito.BDDMockito.given(coordinator.email()).willReturn(email);
		org.mockito.BDDMockito.given(coordinator.role()).willReturn(role);
		org.mockito.BDDMockito.given(coordinator.scope())
			.willReturn((role == CoordinatorRole.FACILITATOR) ? EducatorScope.none() : EducatorScope.all());
		org.mockito.BDDMockito.given(coordinator.mustChangePassword()).willReturn(mustChangePassword);
	}

}
