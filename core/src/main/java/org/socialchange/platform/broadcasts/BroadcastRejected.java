package org.socialchange.platform.broadcasts;

/** A broadcast awaiting approval was rejected, or withdrawn by its author. */
public record BroadcastRejected(long broadcastId, String by, int recipients, boolean withdrawn) {
}
