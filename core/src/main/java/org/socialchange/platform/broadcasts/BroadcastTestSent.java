package org.socialchange.platform.broadcasts;

/** A coordinator sent a draft's text in one language to one chat as a test. */
public record BroadcastTestSent(String by, long chatId, String language) {
}
