package org.socialchange.platform.initiatives;

/** An initiative or update that does not exist, or that the caller may not see. */
public class InitiativeNotFound extends RuntimeException {

	public InitiativeNotFound(String what, long id) {
		super("No " + what + " " + id);
	}

}
