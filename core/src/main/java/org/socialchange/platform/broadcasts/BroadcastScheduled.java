package org.socialchange.platform.broadcasts;

/** A coordinator scheduled a broadcast to this many recipients. */
public record BroadcastScheduled(long broadcastId, String by, int recipients, String summary) {
}
