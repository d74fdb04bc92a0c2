package org.socialchange.platform.groups;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.delivery.ChatBlocked;
import org.socialchange.platform.delivery.ChatMigrated;
import org.socialchange.platform.translations.Language;

/**
 * The Telegram group chat of each peer group: linked with a one-time code sent there as
 * {@code /link CODE} (in a forum, the topic it was sent in becomes the group's topic),
 * unlinked when the bot is removed or the chat blocks it, kept when the group becomes a
 * supergroup.
 */
@Service
@Transactional(readOnly = true)
public class GroupChats {

	private final PeerGroups groups;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GroupChats(PeerGroups groups, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Where the platform posts for a group: the chat, the forum topic if any, and the
	 * group's language.
	 */
	public record GroupChat(long groupId, long chatId, Integer threadId, Language language) {
	}

	/**
	 * Links the chat (and topic) to the group whose valid code this is; a chat linked to
	 * another group before is moved. Empty when the code is unknown or expired.
	 */
	@Transactional
	public Optional<PeerGroup> link(String code, long chatId, Integer threadId, String title, String by) {
		Optional<PeerGroup> found = this.groups.findByChatCodeHash(Tokens.hash(code))
			.filter((group) -> group.chatCodeValid(this.clock.instant()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		this.groups.findByChatId(chatId).filter((other) -> !other.id().equals(found.get().id())).ifPresent((other) -> {
			other.unlinkChat(this.clock.instant());
			this.groups.saveAndFlush(other);
			this.events
				.publishEvent(new GroupChanged(by, "group.chat-unlinked", other.id(), "Linked to another group"));
		});
		PeerGroup group = found.get();
		group.linkChat(chatId, threadId, title, this.clock.instant());
		this.events.publishEvent(new GroupChanged(by, "group.chat-linked", group.id(),
				(threadId != null) ? "Forum topic " + threadId : null));
		return Optional.of(this.groups.save(group));
	}

	/** The group linked to the chat, if any. */
	public Optional<PeerGroup> byChat(long chatId) {
		return this.groups.findByChatId(chatId);
	}

	/** The bot left or was removed from the chat: nothing more is sent there. */
	@Transactional
	public Optional<PeerGroup> unlink(long chatId, String why) {
		Optional<PeerGroup> found = this.groups.findByChatId(chatId);
		found.ifPresent((group) -> {
			group.unlinkChat(this.clock.instant());
			this.events.publishEvent(new GroupChanged("telegram", "group.chat-unlinked", group.id(), why));
		});
		return found;
	}

	/** A group chat became a supergroup: its link follows it. */
	@Transactional
	public Optional<PeerGroup> migrate(long fromChatId, long toChatId) {
		Optional<PeerGroup> found = this.groups.findByChatId(fromChatId);
		found.ifPresent((group) -> group.chatMigrated(toChatId, this.clock.instant()));
		return found;
	}

	/**
	 * The linked chats of these groups (whoever asks has checked they are in their
	 * scope).
	 */
	public List<GroupChat> linkedChats(Collection<Long> groupIds) {
		return this.groups.findAllById(groupIds)
			.stream()
			.filter((group) -> group.chatId().isPresent())
			.map((group) -> new GroupChat(group.id(), group.chatId().get(), group.chatThreadId().orElse(null),
					group.primaryLanguage()))
			.toList();
	}

	/** The delivery engine learnt that a group chat became a supergroup. */
	@ApplicationModuleListener
	void on(ChatMigrated event) {
		migrate(event.from().value(), event.to().value());
	}

	/**
	 * The delivery engine was told the bot may not write there (removed, kicked); after
	 * its batch committed, in a transaction of its own.
	 */
	@ApplicationModuleListener
	void on(ChatBlocked event) {
		if (event.chatId().value() < 0) {
			unlink(event.chatId().value(), "Telegram refused messages to the chat");
		}
	}

}
