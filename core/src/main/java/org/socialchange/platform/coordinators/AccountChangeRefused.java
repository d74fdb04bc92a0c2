package org.socialchange.platform.coordinators;

/** A change to accounts that would lock the platform or its administrator out. */
public class AccountChangeRefused extends RuntimeException {

	private final Reason reason;

	public AccountChangeRefused(Reason reason) {
		super("Refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a change was refused. */
	public enum Reason {

		/** Administrators cannot disable or demote themselves. */
		SELF,

		/** The last active administrator cannot be disabled or demoted. */
		LAST_ADMINISTRATOR,

		/** An account with this email exists. */
		EMAIL_TAKEN,

		/** The invitation is unknown, used or expired. */
		INVITATION_INVALID

	}

}
