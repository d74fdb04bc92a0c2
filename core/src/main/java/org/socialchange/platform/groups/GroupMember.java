package org.socialchange.platform.groups;

import java.time.Instant;
import java.util.Optional;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.Role;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.identity.EducatorId;

/**
 * A member or applicant of a group as one viewer may see them: only those whose
 * visibility allows the viewer appear in a list at all.
 *
 * @param since when they joined, or asked to
 */
public record GroupMember(EducatorId educatorId, String displayName, Optional<Country> country, Optional<String> region,
		Optional<Role> role, Visibility visibility, Instant since) {

	static GroupMember of(Educator educator, Instant since) {
		return new GroupMember(EducatorId.of(educator.id()), educator.displayName().orElse(""), educator.country(),
				educator.region(), educator.role(), educator.visibility(), since);
	}

}
