package org.socialchange.platform.bot.groups;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.ChatType;
import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.GroupMembershipHandler;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.coordinators.LinkAttempts;
import org.socialchange.platform.groups.GroupChats;
import org.socialchange.platform.groups.PeerGroup;

/**
 * The bot in a peer group's Telegram chat. Added, it says in the language of whoever
 * added it how to link the chat; {@code /link CODE} there (the code from the admin web or
 * the bot) links it, in a forum to the topic it was sent in; removed or banned, the chat
 * is unlinked and nothing more is sent there; a group that becomes a supergroup stays
 * linked. Works with privacy mode on: the bot only needs its commands.
 */
@Component
class GroupChatLinks implements CommandHandler, GroupMembershipHandler {

	private static final Logger log = LoggerFactory.getLogger(GroupChatLinks.class);

	private final GroupChats chats;

	private final LinkAttempts attempts;

	private final Replies replies;

	GroupChatLinks(GroupChats chats, LinkAttempts attempts, Replies replies) {
		this.chats = chats;
		this.attempts = attempts;
		this.replies = replies;
	}

	@Override
	public String command() {
		return "link";
	}

	@Override
	public int order() {
		return -1;
	}

	@Override
	public Set<ChatType> chats() {
		return Set.of(ChatType.GROUP, ChatType.SUPERGROUP);
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		if (argument.isBlank()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "groupchat.usage"));
			return;
		}
		if (!this.attempts.tryAttempt(incoming.user())) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "groupchat.throttled"));
			return;
		}
		String title = incoming.message().map((message) -> message.getChat().getTitle()).orElse(null);
		Integer topic = incoming.chat().threadId();
		Optional<PeerGroup> linked = this.chats.link(argument.strip(), incoming.chatId().value(), topic, title,
				"telegram user " + incoming.user().value());
		if (linked.isEmpty()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "groupchat.invalid"));
			return;
		}
		PeerGroup group = linked.get();
		this.replies.send(incoming.chat(),
				this.replies.text(group.primaryLanguage(),
						(topic != null) ? "groupchat.linkedTopic" : "groupchat.linked",
						Map.of("group", Html.escape(group.name(group.primaryLanguage())))));
	}

	@Override
	public void onBotMembership(Incoming incoming, ChatMemberUpdated change) {
		String before = change.getOldChatMember().getStatus();
		String now = change.getNewChatMember().getStatus();
		boolean present = "member".equals(now) || "administrator".equals(now);
		boolean wasPresent = "member".equals(before) || "administrator".equals(before) || "creator".equals(before);
		if (present && !wasPresent) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "groupchat.added"));
		}
		else if (!present) {
			this.chats.unlink(incoming.chatId().value(), "The bot was removed from the chat (" + now + ")")
				.ifPresent(
						(group) -> log.info("Group chat of peer group {} unlinked: the bot was removed", group.id()));
		}
	}

	@Override
	public void onMigration(long from, long to) {
		this.chats.migrate(from, to);
	}

}
