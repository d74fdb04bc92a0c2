package org.socialchange.platform.groups;

/** What came of an educator's wish to join a group. */
public enum JoinOutcome {

	/** In the group now. */
	JOINED,

	/** Asked; its facilitators decide. */
	REQUESTED,

	/** Was a member already. */
	ALREADY_MEMBER,

	/** Had asked already; still waiting. */
	ALREADY_REQUESTED,

	/** The group has as many members as it takes. */
	FULL,

	/** The educator is not a member of the network yet (pending). */
	NOT_ADMITTED,

	/** No such group (or no longer). */
	NOT_FOUND

}
