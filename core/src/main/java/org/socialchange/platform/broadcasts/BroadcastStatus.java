package org.socialchange.platform.broadcasts;

/**
 * Where a broadcast stands before its messages go: scheduled (its messages are in the
 * outbox), awaiting a second coordinator's approval, or rejected (never sent). Cancelling
 * is recorded apart, since a scheduled broadcast may be cancelled half sent.
 */
public enum BroadcastStatus {

	SCHEDULED, AWAITING_APPROVAL, REJECTED

}
