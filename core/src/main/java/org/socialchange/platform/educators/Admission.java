package org.socialchange.platform.educators;

/**
 * Whether the network trusts an educator: anyone can find the bot, so only a
 * {@link #MEMBER} (who came by an invite link, or whom a coordinator of their country
 * approved) sees other educators and joins groups.
 */
public enum Admission {

	/** Registered by themselves; waits for a coordinator. */
	PENDING,

	/** Came by an invite link or was approved. */
	MEMBER,

	/** A coordinator declined them; they keep their profile and see nobody. */
	DECLINED;

}
