package org.socialchange.platform.delivery;

import org.socialchange.platform.identity.ChatId;

/**
 * Telegram answered that a group chat became a supergroup with a new id; features that
 * keep the chat (a peer group's linked chat) follow it.
 */
public record ChatMigrated(ChatId from, ChatId to) {
}
