package org.socialchange.platform.coordinators;

/** What a coordinator may do in the admin web. */
public enum CoordinatorRole {

	/** Everything, for every country and network; manages the accounts. */
	ADMINISTRATOR,

	/**
	 * Broadcasts (later groups, programs, moderation) for their countries and networks.
	 */
	COORDINATOR,

	/**
	 * Their own peer groups only; until peer groups exist a facilitator sees no educator
	 * at all.
	 */
	FACILITATOR,

	/** Reads what a coordinator with the same scope sees; changes nothing. */
	VIEWER

}
