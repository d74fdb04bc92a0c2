package org.socialchange.platform.broadcasts;

/** A coordinator composed a broadcast that now waits for a second coordinator. */
public record BroadcastSubmitted(long broadcastId, String by, int recipients, String summary) {
}
