package org.socialchange.platform.broadcasts;

/** The author of a broadcast tried to approve it: approval needs a second coordinator. */
public class SelfApprovalRefused extends IllegalStateException {

	SelfApprovalRefused(Long broadcastId) {
		super("The author of broadcast " + broadcastId + " cannot approve it");
	}

}
