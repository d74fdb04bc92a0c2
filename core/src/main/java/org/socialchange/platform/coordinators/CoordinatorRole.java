package org.socialchange.platform.coordinators;

/** What a coordinator may do in the admin web. */
public enum CoordinatorRole {

	/** Everything, for every country and network; manages the accounts. */
	ADMINISTRATOR,

	/**
	 * Broadcasts, peer groups and pending educators (later programs, moderation) for
	 * their countries and networks.
	 */
	COORDINATOR,

	/**
	 * Their own peer groups only: edits them, decides their join requests and sees their
	 * members (those who show their profile beyond coordinators); no other educator.
	 */
	FACILITATOR,

	/** Reads what a coordinator with the same scope sees; changes nothing. */
	VIEWER

}
