package org.socialchange.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

import org.springframework.boot.test.context.TestComponent;

import org.socialchange.platform.bot.GroupMembershipHandler;
import org.socialchange.platform.bot.Incoming;

/**
 * Records what the dispatcher hands group membership handlers, as a feature would get it.
 */
@TestComponent
public class GroupMembershipRecorder implements GroupMembershipHandler {

	/** One change: the chat, its kind, who made it, and the bot's new status. */
	public record Change(long chatId, String chatType, long by, String status) {
	}

	public final List<Change> changes = new CopyOnWriteArrayList<>();

	@Override
	public void onBotMembership(Incoming incoming, ChatMemberUpdated change) {
		this.changes.add(new Change(incoming.chatId().value(), incoming.chat().type().name(), incoming.from().getId(),
				change.getNewChatMember().getStatus()));
	}

}
