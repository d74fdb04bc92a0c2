package org.socialchange.platform.groups;

import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;

/**
 * Who acts on groups from the admin web, and so which groups they see and change:
 * administrators every group; coordinators and viewers the groups of their countries and
 * networks (international groups only when no country restricts them); facilitators the
 * groups they facilitate. Viewers change nothing; facilitators edit their own groups and
 * decide their join requests, but neither create groups nor move them to another country,
 * network or facilitator.
 *
 * @param accountId the admin-web account
 * @param by how the audit names the account (its email)
 * @param role its role
 * @param scope its countries and networks
 */
public record GroupAccess(long accountId, String by, CoordinatorRole role, EducatorScope scope) {

	/** Whether the account sees the group. */
	boolean sees(PeerGroup group) {
		return switch (this.role) {
			case ADMINISTRATOR -> true;
			case COORDINATOR, VIEWER -> covers(group.country().orElse(null), group.network());
			case FACILITATOR -> group.facilitators().contains(this.accountId);
		};
	}

	/** Whether the account may change the group at all. */
	boolean changes(PeerGroup group) {
		return this.role != CoordinatorRole.VIEWER && sees(group);
	}

	/**
	 * Whether the account may create groups and place them (country, network,
	 * facilitators).
	 */
	boolean places() {
		return this.role == CoordinatorRole.ADMINISTRATOR || this.role == CoordinatorRole.COORDINATOR;
	}

	/**
	 * Whether a group of this country ({@code null}: international) and network is in
	 * scope.
	 */
	boolean covers(Country country, Network network) {
		return this.role == CoordinatorRole.ADMINISTRATOR || this.scope.includes(country, network);
	}

	/**
	 * Whether the account sees every member by name: facilitators see only those whose
	 * visibility allows it (not "coordinators only").
	 */
	boolean seesHiddenMembers() {
		return this.role != CoordinatorRole.FACILITATOR;
	}

}
