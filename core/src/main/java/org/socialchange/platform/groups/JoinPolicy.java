package org.socialchange.platform.groups;

/** How an educator gets into a group without an invite link. */
public enum JoinPolicy {

	/** At once. */
	OPEN,

	/** A facilitator approves each request. */
	APPROVAL

}
