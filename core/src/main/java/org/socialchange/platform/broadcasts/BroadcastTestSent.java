package org.socialchange.platform.broadcasts;

/**
 * A coordinator sent a draft's text in one language as a test to their own linked
 * Telegram account (no chat id here: the audit names the coordinator, not a chat).
 */
public record BroadcastTestSent(String by, String language) {
}
