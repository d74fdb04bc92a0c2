package org.socialchange.platform.bot;

import org.socialchange.platform.identity.ChatId;

/**
 * Where an update came from and a reply goes: the chat, its kind, and the forum topic
 * ({@code message_thread_id}) when it was written in one.
 */
public record ChatRef(ChatId id, ChatType type, Integer threadId) {

	public static ChatRef privateChat(long chatId) {
		return new ChatRef(ChatId.of(chatId), ChatType.PRIVATE, null);
	}

	public boolean isPrivate() {
		return this.type == ChatType.PRIVATE;
	}

}
