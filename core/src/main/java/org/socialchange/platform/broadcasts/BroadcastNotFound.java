package org.socialchange.platform.broadcasts;

/** No broadcast has this id. */
public class BroadcastNotFound extends RuntimeException {

	public BroadcastNotFound(long id) {
		super("No broadcast " + id);
	}

}
