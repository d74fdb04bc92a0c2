package org.socialchange.platform.broadcasts;

import org.socialchange.platform.identity.ChatId;

/** A coordinator sent a draft's text in one language to one chat as a test. */
public record BroadcastTestSent(String by, ChatId chatId, String language) {
}
