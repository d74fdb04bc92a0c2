package org.socialchange.platform.delivery;

import org.socialchange.platform.identity.ChatId;

/**
 * Telegram answered that a chat blocked the bot or its account is gone: nothing more is
 * sent there; the feature that knows who the chat belongs to reacts.
 */
public record ChatBlocked(ChatId chatId) {
}
