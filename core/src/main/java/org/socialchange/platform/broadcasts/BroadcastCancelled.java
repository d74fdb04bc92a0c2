package org.socialchange.platform.broadcasts;

/** A coordinator cancelled a broadcast; this many of its messages were not yet sent. */
public record BroadcastCancelled(long broadcastId, String by, int recipients, int unsent) {
}
