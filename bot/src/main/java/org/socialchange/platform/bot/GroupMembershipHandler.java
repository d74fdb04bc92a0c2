package org.socialchange.platform.bot;

import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * Hears that the bot was added to, removed from or banned in a group or supergroup
 * ({@code my_chat_member}); {@code incoming} names the person who did it and the chat.
 */
public interface GroupMembershipHandler {

	void onBotMembership(Incoming incoming, ChatMemberUpdated change);

	/**
	 * The group became a supergroup: {@code from} is the old chat id, {@code to} the new
	 * one ({@code migrate_to_chat_id}).
	 */
	default void onMigration(long from, long to) {
	}

}
