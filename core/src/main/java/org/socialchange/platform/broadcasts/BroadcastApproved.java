package org.socialchange.platform.broadcasts;

/** A second coordinator approved a broadcast; it is scheduled to this many recipients. */
public record BroadcastApproved(long broadcastId, String by, int recipients, String summary) {
}
