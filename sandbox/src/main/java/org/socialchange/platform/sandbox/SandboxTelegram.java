package org.socialchange.platform.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.socialchange.platform.sandbox.SandboxChat.Notice;
import org.socialchange.platform.sandbox.SandboxMessage.PhotoSize;
import org.socialchange.platform.sandbox.SandboxMessage.SandboxDocument;

/**
 * A local stand-in of the Telegram Bot API: simulated users, their private chats with the
 * bot, their groups, supergroups and forum topics (where the bot sees what privacy mode
 * lets through), the update queue that {@code getUpdates} serves or, while a webhook is
 * set, {@link SandboxWebhook} posts, and the limits Telegram enforces. All state is
 * guarded by this object's monitor; long polls and the webhook's poster wait on it.
 */
class SandboxTelegram {

	static final long BOT_ID = 100000000L;

	static final int MAX_TEXT = 4096;

	static final int MAX_CAPTION = 1024;

	static final int MAX_CALLBACK_DATA_BYTES = 64;

	/** The most photos or documents an album holds. */
	static final int MAX_ALBUM = 10;

	/** Albums get large ids, sent as strings, as in Telegram. */
	static final long MEDIA_GROUP_IDS = 13_000_000_000_000_000L;

	static final long UNSAVED_UPDATES_MARGIN = 1_000_000;

	static final String BOT_USERNAME = "platform_sandbox_bot";

	/** Basic groups are numbered -4000000001 on, as Telegram numbers new ones. */
	static final long GROUP_IDS = 4_000_000_000L;

	/** Supergroups are -100 and ten digits, as in Telegram. */
	static final long SUPERGROUP_IDS = 1_002_000_000_000L;

	/** The sizes of the photos and documents simulated users send. */
	private static final long USER_PHOTO_BYTES = 84_000;

	private static final long USER_DOCUMENT_BYTES = 12_000;

	private static final Map<String, Object> BOT = Map.of("id", BOT_ID, "is_bot", true, "first_name",
			"Platform Sandbox Bot", "username", BOT_USERNAME, "can_join_groups", true, "can_read_all_group_messages",
			false, "supports_inline_queries", false);

	private final SandboxStore store;

	private final Clock clock;

	private final SandboxState state;

	private final SandboxLimits limits;

	private final List<Map<String, Object>> pending = new ArrayList<>();

	private final Map<String, Long> callbackQueries = new HashMap<>();

	/** The webhook Telegram posts updates to instead of serving getUpdates; or null. */
	private SandboxWebhook.Target webhook;

	/** The kinds of update the webhook gets; empty: all. */
	private Set<String> allowedUpdates = Set.of();

	/** When the webhook may be tried again after a failure, in nanoTime; 0: now. */
	private long webhookRetryAt;

	private long webhookBackOffMillis;

	private Long webhookLastErrorDate;

	private String webhookLastErrorMessage;

	private long nextNoticeId = 1;

	private long version = 1;

	private boolean open = true;

	private boolean dirty;

	SandboxTelegram(SandboxStore store, Clock clock, SandboxLimits limits) {
		this.store = store;
		this.clock = clock;
		this.limits = limits;
		this.state = store.load();
		this.state.nextUpdateId = firstUpdateId(this.state, now());
		this.state.closedCleanly = false;
		this.state.chats.values().forEach((chat) -> this.version = Math.max(this.version, chat.version + 1));
		this.state.groups.values().forEach((group) -> this.version = Math.max(this.version, group.version + 1));
	}

	// The simulated users' side, driven by the chat page and the tests

	synchronized SandboxUser createUser(String firstName, String languageCode) {
		String name = (firstName != null) ? firstName.strip() : "";
		if (name.isEmpty() || name.length() > 64) {
			throw BotApiError.badRequest("a first name of 1 to 64 characters is required");
		}
		SandboxUser user = new SandboxUser(this.state.nextUserId++, name,
				(languageCode != null) ? languageCode.strip() : "");
		this.state.users.put(user.id(), user);
		SandboxChat chat = new SandboxChat();
		chat.chatId = user.id();
		chat.version = this.version++;
		this.state.chats.put(user.id(), chat);
		changed();
		return user;
	}

	/** Many users at once, for load tests: the ids of the new users in order. */
	synchronized List<Long> createUsers(int count, String firstName, String languageCode) {
		if (count < 1 || count > 100_000) {
			throw BotApiError.badRequest("count must be between 1 and 100000");
		}
		List<Long> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(createUser(firstName, languageCode).id());
		}
		return ids;
	}

	/**
	 * What the sandbox accepted and refused with 429; with a marker, how many chats got a
	 * bot message containing it none, once, or more than once.
	 */
	synchronized Map<String, Object> stats(String marker) {
		Map<String, Object> stats = new LinkedHashMap<>(this.limits.stats());
		if (marker != null && !marker.isEmpty()) {
			long none = 0;
			long once = 0;
			long more = 0;
			long messages = 0;
			for (SandboxChat chat : this.state.chats.values()) {
				long count = chat.messages.stream()
					.filter((message) -> message.fromBot && ((message.text != null && message.text.contains(marker))
							|| (message.caption != null && message.caption.contains(marker))))
					.count();
				messages += count;
				if (count == 0) {
					none++;
				}
				else if (count == 1) {
					once++;
				}
				else {
					more++;
				}
			}
			stats.put("markerMessages", messages);
			stats.put("chatsWithNone", none);
			stats.put("chatsWithOne", once);
			stats.put("chatsWithMore", more);
		}
		return stats;
	}

	synchronized Collection<SandboxUser> users() {
		return List.copyOf(this.state.users.values());
	}

	/** The user writes to the bot; {@code twice} delivers the very same update twice. */
	synchronized Map<String, Object> userWrites(long userId, String text, boolean twice) {
		return userWrites(userId, text, twice, null);
	}

	/**
	 * The user writes, perhaps in reply to a message of the chat (which the bot then gets
	 * along).
	 */
	synchronized Map<String, Object> userWrites(long userId, String text, boolean twice, Integer replyToMessageId) {
		SandboxUser user = user(userId);
		if (this.state.blocked.contains(userId)) {
			// as in Telegram, writing to a blocked bot ("Restart") unblocks it first
			userBlocks(userId, false);
		}
		if (text == null || text.isBlank()) {
			throw BotApiError.badRequest("message text is empty");
		}
		if (text.length() > MAX_TEXT) {
			throw BotApiError.badRequest("message is too long");
		}
		SandboxChat chat = this.state.chats.get(userId);
		SandboxMessage repliedTo = null;
		if (replyToMessageId != null) {
			repliedTo = chat.find(replyToMessageId);
			if (repliedTo == null) {
				throw BotApiError.badRequest("message to be replied not found");
			}
		}
		SandboxMessage message = new SandboxMessage();
		message.messageId = chat.nextMessageId++;
		message.text = text;
		stamp(message);
		message.replyToMessageId = replyToMessageId;
		chat.messages.add(message);
		Map<String, Object> json = message.toBotApi(user.toBotApi(), user.privateChat());
		if (repliedTo != null) {
			json.put("reply_to_message",
					repliedTo.toBotApi(repliedTo.fromBot ? BOT : user.toBotApi(), user.privateChat()));
		}
		if (text.startsWith("/")) {
			int end = text.indexOf(' ');
			json.put("entities",
					List.of(Map.of("type", "bot_command", "offset", 0, "length", (end < 0) ? text.length() : end)));
		}
		long updateId = enqueue(Map.of("message", json));
		if (twice) {
			this.pending.add(this.pending.get(this.pending.size() - 1));
		}
		touch(chat);
		return Map.of("updateId", updateId, "messageId", message.messageId);
	}

	/**
	 * The user presses an inline button of a bot message (any data, to simulate forgery).
	 */
	synchronized Map<String, Object> userPresses(long userId, int messageId, String data) {
		SandboxUser user = user(userId);
		SandboxMessage message = this.state.chats.get(userId).find(messageId);
		if (message == null || !message.fromBot) {
			throw BotApiError.badRequest("message to press a button of not found");
		}
		String queryId = UUID.randomUUID().toString();
		this.callbackQueries.put(queryId, userId);
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("id", queryId);
		query.put("from", user.toBotApi());
		query.put("message", message.toBotApi(BOT, user.privateChat()));
		query.put("chat_instance", String.valueOf(userId));
		query.put("data", data);
		return Map.of("updateId", enqueue(Map.of("callback_query", query)));
	}

	/**
	 * The user sends something other than text: a sticker, photo, voice message, location
	 * or contact, as a Telegram client would.
	 */
	synchronized Map<String, Object> userSendsMedia(long userId, String kind) {
		SandboxUser user = user(userId);
		if ("photo".equals(kind)) {
			return userSendsPhoto(userId, null);
		}
		Map<String, Object> media = switch (kind) {
			case "sticker" -> Map.of("sticker", Map.of("file_id", "sticker-1", "file_unique_id", "s1", "type",
					"regular", "width", 512, "height", 512, "is_animated", false, "is_video", false, "emoji", "👍"));
			case "voice" -> Map.of("voice", Map.of("file_id", "voice-1", "file_unique_id", "v1", "duration", 3));
			case "location" -> Map.of("location", Map.of("latitude", 40.18, "longitude", 44.51));
			case "contact" -> Map.of("contact",
					Map.of("phone_number", "+37400000000", "first_name", user.firstName(), "user_id", userId));
			default -> throw BotApiError.badRequest("unknown kind of message: " + kind);
		};
		SandboxChat chat = this.state.chats.get(userId);
		SandboxMessage message = new SandboxMessage();
		message.messageId = chat.nextMessageId++;
		message.text = "[" + kind + "]";
		message.kind = kind;
		stamp(message);
		chat.messages.add(message);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("message_id", message.messageId);
		json.put("from", user.toBotApi());
		json.put("chat", user.privateChat());
		json.put("date", message.date);
		json.putAll(media);
		long updateId = enqueue(Map.of("message", json));
		touch(chat);
		return Map.of("updateId", updateId, "messageId", message.messageId);
	}

	/**
	 * The user sends a photo, captioned unless the caption is blank: the bot gets it in
	 * two sizes, whose file ids it can send again. Answers the message id and the file id
	 * of the larger size.
	 */
	synchronized Map<String, Object> userSendsPhoto(long userId, String caption) {
		SandboxUser user = user(userId);
		String visible = userCaption(caption);
		SandboxMessage message = newUserMessage(user);
		message.photo = photoSizes(newPhoto(USER_PHOTO_BYTES));
		message.caption = visible;
		long updateId = deliverFromUser(user, message);
		return Map.of("updateId", updateId, "messageId", message.messageId, "fileId", message.fileId());
	}

	/**
	 * The user sends an album of 2 to 10 photos, as a Telegram client does: one message
	 * each, delivered as separate updates with consecutive ids and one media group id,
	 * the caption on the first.
	 */
	synchronized Map<String, Object> userSendsAlbum(long userId, int count, String caption) {
		SandboxUser user = user(userId);
		if (count < 2 || count > MAX_ALBUM) {
			throw BotApiError.badRequest("an album has 2 to " + MAX_ALBUM + " photos");
		}
		String visible = userCaption(caption);
		String mediaGroupId = newMediaGroupId();
		List<Integer> messageIds = new ArrayList<>();
		List<String> fileIds = new ArrayList<>();
		List<Long> updateIds = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			SandboxMessage message = newUserMessage(user);
			message.photo = photoSizes(newPhoto(USER_PHOTO_BYTES + i));
			message.caption = (i == 0) ? visible : null;
			message.mediaGroupId = mediaGroupId;
			updateIds.add(deliverFromUser(user, message));
			messageIds.add(message.messageId);
			fileIds.add(message.fileId());
		}
		return Map.of("updateIds", updateIds, "messageIds", messageIds, "fileIds", fileIds, "mediaGroupId",
				mediaGroupId);
	}

	/**
	 * The user sends a file as a document, captioned unless the caption is blank; without
	 * a MIME type it is guessed from the name, as Telegram clients do.
	 */
	synchronized Map<String, Object> userSendsDocument(long userId, String fileName, String mimeType, String caption) {
		SandboxUser user = user(userId);
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "document.pdf";
		String visible = userCaption(caption);
		String type = (mimeType != null && !mimeType.isBlank()) ? mimeType.strip() : mimeType(name);
		long number = this.state.nextFileNumber++;
		SandboxFile file = remember(new SandboxFile(SandboxFile.DOCUMENT, "document-" + number, "d" + number, name,
				type, USER_DOCUMENT_BYTES + number));
		SandboxMessage message = newUserMessage(user);
		message.document = document(file);
		message.caption = visible;
		long updateId = deliverFromUser(user, message);
		return Map.of("updateId", updateId, "messageId", message.messageId, "fileId", file.fileId());
	}

	/**
	 * A caption a user typed, which Telegram clients keep to 1024 characters; null when
	 * blank.
	 */
	private static String userCaption(String caption) {
		if (caption == null || caption.isBlank()) {
			return null;
		}
		if (caption.codePointCount(0, caption.length()) > MAX_CAPTION) {
			throw BotApiError.badRequest("message caption is too long");
		}
		return caption;
	}

	/**
	 * The next message of a user's private chat; writing to a blocked bot unblocks it
	 * first, as in Telegram.
	 */
	private SandboxMessage newUserMessage(SandboxUser user) {
		if (this.state.blocked.contains(user.id())) {
			userBlocks(user.id(), false);
		}
		SandboxMessage message = new SandboxMessage();
		message.messageId = this.state.chats.get(user.id()).nextMessageId++;
		stamp(message);
		return message;
	}

	/** Adds a user's message to their chat and hands it to the bot: the update id. */
	private long deliverFromUser(SandboxUser user, SandboxMessage message) {
		SandboxChat chat = this.state.chats.get(user.id());
		chat.messages.add(message);
		long updateId = enqueue(Map.of("message", message.toBotApi(user.toBotApi(), user.privateChat())));
		touch(chat);
		return updateId;
	}

	/** The user edits a message they sent; the bot gets an {@code edited_message}. */
	synchronized Map<String, Object> userEdits(long userId, int messageId, String text) {
		SandboxUser user = user(userId);
		SandboxChat chat = this.state.chats.get(userId);
		SandboxMessage message = chat.find(messageId);
		if (message == null || message.fromBot) {
			throw BotApiError.badRequest("message to edit not found");
		}
		if (text == null || text.isBlank()) {
			throw BotApiError.badRequest("message text is empty");
		}
		message.text = text;
		message.edited = true;
		Map<String, Object> json = message.toBotApi(user.toBotApi(), user.privateChat());
		long updateId = enqueue(Map.of("edited_message", json));
		touch(chat);
		return Map.of("updateId", updateId);
	}

	/**
	 * The user blocks the bot (or unblocks it): the bot gets a {@code my_chat_member}
	 * update, and messages to a blocked user fail with 403 as in Telegram.
	 */
	synchronized Map<String, Object> userBlocks(long userId, boolean blocked) {
		SandboxUser user = user(userId);
		if (blocked) {
			this.state.blocked.add(userId);
		}
		else {
			this.state.blocked.remove(userId);
		}
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("chat", user.privateChat());
		member.put("from", user.toBotApi());
		member.put("date", now());
		member.put("old_chat_member", Map.of("status", blocked ? "member" : "kicked", "user", BOT, "until_date", 0));
		member.put("new_chat_member", Map.of("status", blocked ? "kicked" : "member", "user", BOT, "until_date", 0));
		changed();
		return Map.of("updateId", enqueue(Map.of("my_chat_member", member)));
	}

	/**
	 * The chat as the page shows it, once it changed after {@code since} or the wait ran
	 * out.
	 */
	synchronized Map<String, Object> chat(long userId, long since, long waitSeconds) throws InterruptedException {
		user(userId);
		SandboxChat chat = this.state.chats.get(userId);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(waitSeconds, 50));
		while (this.open && chat.version <= since && System.nanoTime() < deadline) {
			TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("version", chat.version);
		view.put("messages", List.copyOf(chat.messages));
		view.put("notices", List.copyOf(chat.notices));
		view.put("chatAction", (chat.typingUntil > this.clock.millis()) ? "typing" : null);
		return view;
	}

	synchronized byte[] file(String fileId) {
		return this.store.readFile(fileId);
	}

	/** The menu a user with this app language sees in the default private chat. */
	synchronized List<Map<String, Object>> commands(String languageCode) {
		return commands(languageCode, null);
	}

	/**
	 * The menu a user with this app language sees in a chat, found as Telegram does: the
	 * chat's own scope, then all private (or all group) chats, then the default scope;
	 * each first in the user's language, then without one.
	 */
	synchronized List<Map<String, Object>> commands(String languageCode, Long chatId) {
		String language = (languageCode != null) ? languageCode : "";
		List<String> scopes = new ArrayList<>();
		if (chatId != null) {
			scopes.add("chat:" + chatId);
		}
		scopes.add((chatId != null && chatId < 0) ? "all_group_chats" : "all_private_chats");
		scopes.add("default");
		for (String scope : scopes) {
			for (String key : List.of(scope + "|" + language, scope + "|")) {
				List<Map<String, Object>> menu = this.state.commands.get(key);
				if (menu != null) {
					return menu;
				}
			}
		}
		return List.of();
	}

	// Groups, driven by the chat page and the tests

	/**
	 * A user creates a group, or a supergroup that may be a forum; the bot is not in it.
	 */
	synchronized Map<String, Object> createGroup(long userId, String title, boolean supergroup, boolean forum) {
		SandboxUser user = user(userId);
		String name = (title != null) ? title.strip() : "";
		if (name.isEmpty() || name.length() > 128) {
			throw BotApiError.badRequest("a title of 1 to 128 characters is required");
		}
		if (forum && !supergroup) {
			throw BotApiError.badRequest("only a supergroup can be a forum");
		}
		SandboxGroup group = newGroup(supergroup ? SandboxGroup.SUPERGROUP : SandboxGroup.GROUP, name);
		group.forum = forum;
		group.createdBy = userId;
		group.members.add(userId);
		serviceMessage(group, user, null, Map.of(supergroup ? "supergroup_chat_created" : "group_chat_created", true),
				user.firstName() + " created the group «" + name + "»");
		return summary(group);
	}

	private SandboxGroup newGroup(String type, String title) {
		long number = this.state.nextGroupNumber++;
		SandboxGroup group = new SandboxGroup();
		group.type = type;
		group.chatId = SandboxGroup.SUPERGROUP.equals(type) ? -(SUPERGROUP_IDS + number) : -(GROUP_IDS + number);
		group.title = title;
		this.state.groups.put(group.chatId, group);
		return group;
	}

	/** A member creates a forum topic: its thread id is the id of its first message. */
	synchronized Map<String, Object> createTopic(long chatId, long userId, String name) {
		SandboxGroup group = group(chatId);
		SandboxUser user = user(userId);
		String topicName = (name != null) ? name.strip() : "";
		int threadId = group.nextMessageId;
		group.addTopic(new SandboxGroup.Topic(threadId, topicName), userId);
		serviceMessage(group, user, threadId,
				Map.of("forum_topic_created", Map.of("name", topicName, "icon_color", 7322096)),
				user.firstName() + " created the topic «" + topicName + "»");
		return Map.of("messageThreadId", threadId, "name", topicName);
	}

	synchronized Map<String, Object> joinGroup(long chatId, long userId) {
		SandboxGroup group = group(chatId);
		SandboxUser user = user(userId);
		group.join(userId);
		serviceMessage(group, user, null, Map.of("new_chat_members", List.of(user.toBotApi())),
				user.firstName() + " joined the group");
		return summary(group);
	}

	/**
	 * A member adds the bot, removes it or bans it: the bot gets a {@code my_chat_member}
	 * update, and on being added the service message about itself.
	 */
	synchronized Map<String, Object> changeBotMembership(long chatId, long userId, String action) {
		SandboxGroup group = group(chatId);
		SandboxUser user = user(userId);
		group.requireMember(userId);
		String old = switch (String.valueOf(action)) {
			case "add" -> group.addBot();
			case "remove" -> group.removeBot(false);
			case "ban" -> group.removeBot(true);
			default -> throw BotApiError.badRequest("action must be add, remove or ban");
		};
		long updateId = enqueue(Map.of("my_chat_member", memberUpdate(group, user.toBotApi(), old, group.botStatus)));
		if (group.botMember()) {
			serviceMessage(group, user, null, Map.of("new_chat_members", List.of(BOT)),
					user.firstName() + " added the bot");
		}
		else {
			serviceMessage(group, user, null, Map.of("left_chat_member", BOT),
					user.firstName() + ("kicked".equals(group.botStatus) ? " banned the bot" : " removed the bot"));
		}
		return Map.of("updateId", updateId, "botStatus", group.botStatus);
	}

	/**
	 * A member writes in a group, perhaps in a topic or as a reply; the bot receives it
	 * only as privacy mode allows, the transcript shows it anyway.
	 */
	synchronized Map<String, Object> userWritesInGroup(long chatId, long userId, String text, Integer threadId,
			Integer replyToMessageId) {
		SandboxGroup group = group(chatId);
		SandboxUser user = user(userId);
		group.requireMember(userId);
		if (text == null || text.isBlank()) {
			throw BotApiError.badRequest("message text is empty");
		}
		if (text.length() > MAX_TEXT) {
			throw BotApiError.badRequest("message is too long");
		}
		SandboxMessage repliedTo = null;
		Integer thread = threadId;
		if (replyToMessageId != null) {
			repliedTo = group.find(replyToMessageId);
			if (repliedTo == null) {
				throw BotApiError.badRequest("message to be replied not found");
			}
			thread = (thread != null) ? thread : repliedTo.threadId;
		}
		group.requireThread(thread);
		SandboxMessage message = new SandboxMessage();
		message.messageId = group.nextMessageId++;
		message.text = text;
		stamp(message);
		message.fromUserId = userId;
		message.fromName = user.firstName();
		message.threadId = thread;
		message.replyToMessageId = replyToMessageId;
		message.entities = GroupPrivacy.entities(text);
		group.messages.add(message);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("messageId", message.messageId);
		boolean toBot = group.botMember() && GroupPrivacy.meantForBot(text, message.entities, BOT_USERNAME,
				repliedTo != null && repliedTo.fromBot);
		if (toBot) {
			result.put("updateId", enqueue(Map.of("message", messageJson(group, message))));
		}
		result.put("delivered", toBot);
		touch(group);
		return result;
	}

	/** A member presses an inline button of a bot message in a group. */
	synchronized Map<String, Object> userPressesInGroup(long chatId, long userId, int messageId, String data) {
		SandboxGroup group = group(chatId);
		SandboxUser user = user(userId);
		group.requireMember(userId);
		SandboxMessage message = group.find(messageId);
		if (message == null || !message.fromBot) {
			throw BotApiError.badRequest("message to press a button of not found");
		}
		String queryId = UUID.randomUUID().toString();
		this.callbackQueries.put(queryId, chatId);
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("id", queryId);
		query.put("from", user.toBotApi());
		query.put("message", messageJson(group, message));
		query.put("chat_instance", String.valueOf(chatId));
		query.put("data", data);
		return Map.of("updateId", enqueue(Map.of("callback_query", query)));
	}

	/**
	 * The creator upgrades a group to a supergroup: the group's last message names the
	 * supergroup, the supergroup's first the group, and the bot, if a member, gets both.
	 */
	synchronized Map<String, Object> migrateGroup(long chatId, long userId) {
		SandboxGroup group = group(chatId);
		SandboxUser user = user(userId);
		group.requireUpgradableBy(userId);
		SandboxGroup supergroup = newGroup(SandboxGroup.SUPERGROUP, group.title);
		group.migrateTo(supergroup, userId);
		serviceMessage(group, user, null, Map.of("migrate_to_chat_id", supergroup.chatId),
				"The group was upgraded to a supergroup");
		serviceMessage(supergroup, user, null, Map.of("migrate_from_chat_id", group.chatId),
				"The group was upgraded to a supergroup");
		return summary(supergroup);
	}

	/** The groups, newest last. */
	synchronized List<Map<String, Object>> groups() {
		return this.state.groups.values().stream().map(this::summary).toList();
	}

	/**
	 * A group's transcript (with thread ids and senders) as the page shows it, once it
	 * changed after {@code since} or the wait ran out.
	 */
	synchronized Map<String, Object> groupChat(long chatId, long since, long waitSeconds) throws InterruptedException {
		SandboxGroup group = group(chatId);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(waitSeconds, 50));
		while (this.open && group.version <= since && System.nanoTime() < deadline) {
			TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
		}
		Map<String, Object> view = summary(group);
		view.put("version", group.version);
		view.put("messages", List.copyOf(group.messages));
		view.put("notices", List.copyOf(group.notices));
		view.put("chatAction", (group.typingUntil > this.clock.millis()) ? "typing" : null);
		return view;
	}

	private Map<String, Object> summary(SandboxGroup group) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("chatId", group.chatId);
		summary.put("type", group.type);
		summary.put("title", group.title);
		summary.put("forum", group.forum);
		summary.put("botStatus", group.botStatus);
		summary.put("members",
				group.members.stream().map((id) -> Map.of("id", id, "firstName", user(id).firstName())).toList());
		summary.put("topics", List.copyOf(group.topics));
		summary.put("migratedTo", group.migratedTo);
		summary.put("migratedFrom", group.migratedFrom);
		return summary;
	}

	private SandboxGroup group(long chatId) {
		SandboxGroup group = this.state.groups.get(chatId);
		if (group == null) {
			throw new BotApiError(404, "Not Found: no such sandbox group");
		}
		return group;
	}

	/**
	 * Adds a service message from a user (or the bot, when null) to a group's transcript,
	 * delivered to the bot if it is a member: Telegram gives bots every service message.
	 */
	private SandboxMessage serviceMessage(SandboxGroup group, SandboxUser user, Integer threadId,
			Map<String, Object> fields, String description) {
		SandboxMessage message = new SandboxMessage();
		message.messageId = group.nextMessageId++;
		stamp(message);
		message.fromBot = user == null;
		message.fromUserId = (user != null) ? user.id() : null;
		message.fromName = (user != null) ? user.firstName() : null;
		message.threadId = threadId;
		message.service = new LinkedHashMap<>(fields);
		message.text = description;
		group.messages.add(message);
		if (group.botMember()) {
			enqueue(Map.of("message", messageJson(group, message)));
		}
		touch(group);
		return message;
	}

	/** A {@code my_chat_member} update: the bot's status in a group changed. */
	private Map<String, Object> memberUpdate(SandboxGroup group, Map<String, Object> from, String oldStatus,
			String newStatus) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("chat", group.toBotApi());
		update.put("from", from);
		update.put("date", now());
		update.put("old_chat_member", botAsMember(oldStatus));
		update.put("new_chat_member", botAsMember(newStatus));
		return update;
	}

	private static Map<String, Object> botAsMember(String status) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("status", status);
		member.put("user", BOT);
		if ("kicked".equals(status)) {
			member.put("until_date", 0);
		}
		return member;
	}

	// The bot's side: Bot API methods

	synchronized Object getMe() {
		return BOT;
	}

	synchronized List<Map<String, Object>> getUpdates(long offset, int limit, int timeoutSeconds)
			throws InterruptedException {
		refuseWhileWebhook();
		this.pending.removeIf((update) -> ((Number) update.get("update_id")).longValue() < offset);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(0, Math.min(timeoutSeconds, 50)));
		while (this.open && this.pending.isEmpty() && this.webhook == null && System.nanoTime() < deadline) {
			TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
		}
		refuseWhileWebhook();
		int count = Math.min(this.pending.size(), Math.max(1, Math.min(limit, 100)));
		return List.copyOf(this.pending.subList(0, count));
	}

	synchronized Map<String, Object> sendMessage(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage message = new SandboxMessage();
		placeInThread(chat, message, request);
		this.limits.message(chat.chatId, request.bool("allow_paid_broadcast"));
		message.fromBot = true;
		setText(message, request.requiredString("text"), request.string("parse_mode"), MAX_TEXT, "message");
		message.inlineKeyboard = request.inlineKeyboard();
		message.messageId = chat.nextMessageId++;
		stamp(message);
		chat.messages.add(message);
		chat.typingUntil = 0;
		touch(chat);
		return messageJson(chat, message);
	}

	synchronized Map<String, Object> editMessageText(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage message = botMessage(chat, request.integer("message_id"), "message to edit not found");
		if (message.photo != null || message.document != null) {
			throw BotApiError.badRequest("there is no text in the message to edit");
		}
		SandboxMessage edited = new SandboxMessage();
		setText(edited, request.requiredString("text"), request.string("parse_mode"), MAX_TEXT, "message");
		List<List<Map<String, Object>>> keyboard = request.inlineKeyboard();
		if (edited.source.equals(message.source) && Objects.equals(keyboard, message.inlineKeyboard)) {
			throw BotApiError.badRequest("message is not modified: specified new message content and reply markup"
					+ " are exactly the same as a current content and reply markup of the message");
		}
		message.text = edited.text;
		message.source = edited.source;
		message.parseMode = edited.parseMode;
		message.entities = edited.entities;
		message.inlineKeyboard = keyboard;
		message.edited = true;
		touch(chat);
		return messageJson(chat, message);
	}

	synchronized Map<String, Object> editMessageReplyMarkup(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage message = botMessage(chat, request.integer("message_id"), "message to edit not found");
		List<List<Map<String, Object>>> keyboard = request.inlineKeyboard();
		if (Objects.equals(keyboard, message.inlineKeyboard)) {
			throw BotApiError.badRequest("message is not modified: specified new message content and reply markup"
					+ " are exactly the same as a current content and reply markup of the message");
		}
		message.inlineKeyboard = keyboard;
		message.edited = true;
		touch(chat);
		return messageJson(chat, message);
	}

	synchronized boolean deleteMessage(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage message = chat.find(request.integer("message_id"));
		if (message == null) {
			throw BotApiError.badRequest("message to delete not found");
		}
		chat.messages.remove(message);
		touch(chat);
		return true;
	}

	synchronized boolean answerCallbackQuery(BotApiRequest request) {
		Long chatId = this.callbackQueries.remove(request.requiredString("callback_query_id"));
		if (chatId == null) {
			throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
		}
		String text = request.string("text");
		if (text != null && text.length() > 200) {
			throw BotApiError.badRequest("MESSAGE_TOO_LONG");
		}
		if (text != null && !text.isEmpty()) {
			SandboxChat chat = (chatId < 0) ? this.state.groups.get(chatId) : this.state.chats.get(chatId);
			chat.notices.add(new Notice(this.nextNoticeId++, text, request.bool("show_alert")));
			touch(chat);
		}
		return true;
	}

	synchronized boolean sendChatAction(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		request.requiredString("action");
		chat.typingUntil = this.clock.millis() + 5000;
		touch(chat);
		return true;
	}

	synchronized Map<String, Object> sendPhoto(BotApiRequest request) {
		return sendFile(request, SandboxFile.PHOTO);
	}

	synchronized Map<String, Object> sendDocument(BotApiRequest request) {
		return sendFile(request, SandboxFile.DOCUMENT);
	}

	/**
	 * A photo or document, uploaded or sent again by its file id, with a caption checked
	 * as Telegram checks it; the file is known only once the message went out.
	 */
	private Map<String, Object> sendFile(BotApiRequest request, String kind) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage message = new SandboxMessage();
		placeInThread(chat, message, request);
		setCaption(message, request.string("caption"), request.string("parse_mode"));
		message.inlineKeyboard = request.inlineKeyboard();
		BotApiRequest.Upload upload = request.optionalUpload(kind);
		SandboxFile known = (upload == null) ? knownFile(request.string(kind), kind) : checkUpload(upload);
		this.limits.message(chat.chatId, request.bool("allow_paid_broadcast"));
		attach(message, (known != null) ? known : uploadedFile(upload, kind));
		addBotMessage(chat, message);
		return messageJson(chat, message);
	}

	/**
	 * An album: 2 to 10 photos, or 2 to 10 documents, each one message with the album's
	 * media group id and each counting against the flood limits; a single item goes out
	 * as a message of its own, as Telegram sends it. A refused album sends nothing.
	 */
	synchronized List<Map<String, Object>> sendMediaGroup(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage placed = new SandboxMessage();
		placeInThread(chat, placed, request);
		List<Map<String, Object>> items;
		try {
			items = request.list("media");
		}
		catch (RuntimeException ex) {
			throw BotApiError.badRequest("can't parse media JSON object");
		}
		if (items.isEmpty()) {
			throw BotApiError.badRequest("there are no messages to send");
		}
		if (items.size() > MAX_ALBUM) {
			throw BotApiError.badRequest("too many messages to send as an album");
		}
		List<SandboxMessage> messages = new ArrayList<>();
		List<Object> files = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		for (Map<String, Object> item : items) {
			String type = String.valueOf(item.get("type"));
			if (!SandboxFile.PHOTO.equals(type) && !SandboxFile.DOCUMENT.equals(type)) {
				throw BotApiError.badRequest("can't parse InputMedia: type \"" + type + "\" is unsupported");
			}
			Object media = item.get("media");
			if (media == null || media.toString().isBlank()) {
				throw BotApiError.badRequest("can't parse InputMedia: media not found");
			}
			SandboxMessage message = new SandboxMessage();
			message.threadId = placed.threadId;
			message.replyToMessageId = placed.replyToMessageId;
			setCaption(message, (item.get("caption") != null) ? item.get("caption").toString() : null,
					(item.get("parse_mode") != null) ? item.get("parse_mode").toString() : null);
			BotApiRequest.Upload upload = request.attachment(media.toString());
			if (upload == null && media.toString().startsWith("attach://")) {
				throw BotApiError.badRequest("can't parse InputMedia: media not found");
			}
			SandboxFile known = (upload == null) ? knownFile(media.toString(), type) : checkUpload(upload);
			messages.add(message);
			files.add((known != null) ? known : upload);
			kinds.add(type);
		}
		if (kinds.contains(SandboxFile.DOCUMENT) && kinds.contains(SandboxFile.PHOTO)) {
			throw BotApiError.badRequest("document can't be mixed with other media types");
		}
		this.limits.messages(chat.chatId, request.bool("allow_paid_broadcast"), messages.size());
		String mediaGroupId = (messages.size() > 1) ? newMediaGroupId() : null;
		List<Map<String, Object>> sent = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			SandboxMessage message = messages.get(i);
			Object file = files.get(i);
			attach(message, (file instanceof SandboxFile known) ? known
					: uploadedFile((BotApiRequest.Upload) file, kinds.get(i)));
			message.mediaGroupId = mediaGroupId;
			addBotMessage(chat, message);
			sent.add(messageJson(chat, message));
		}
		return sent;
	}

	synchronized Map<String, Object> editMessageCaption(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage message = botMessage(chat, request.integer("message_id"), "message to edit not found");
		if (message.photo == null && message.document == null) {
			throw BotApiError.badRequest("there is no caption in the message to edit");
		}
		SandboxMessage edited = new SandboxMessage();
		setCaption(edited, request.string("caption"), request.string("parse_mode"));
		List<List<Map<String, Object>>> keyboard = request.inlineKeyboard();
		if (Objects.equals(edited.source, message.source) && Objects.equals(keyboard, message.inlineKeyboard)) {
			throw BotApiError.badRequest("message is not modified: specified new message content and reply markup"
					+ " are exactly the same as a current content and reply markup of the message");
		}
		message.text = null;
		message.caption = edited.caption;
		message.source = edited.source;
		message.parseMode = edited.parseMode;
		message.entities = edited.entities;
		message.inlineKeyboard = keyboard;
		message.edited = true;
		touch(chat);
		return messageJson(chat, message);
	}

	private void addBotMessage(SandboxChat chat, SandboxMessage message) {
		message.fromBot = true;
		message.messageId = chat.nextMessageId++;
		stamp(message);
		chat.messages.add(message);
		chat.typingUntil = 0;
		touch(chat);
	}

	/** The bot leaves a group by itself. */
	synchronized boolean leaveChat(BotApiRequest request) {
		long chatId = request.chatId();
		SandboxGroup group = this.state.groups.get(chatId);
		if (group == null) {
			throw BotApiError.badRequest("chat not found");
		}
		String old = group.botLeaves();
		enqueue(Map.of("my_chat_member", memberUpdate(group, BOT, old, group.botStatus)));
		serviceMessage(group, null, null, Map.of("left_chat_member", BOT), "The bot left the group");
		return true;
	}

	synchronized boolean setMyCommands(BotApiRequest request) {
		List<Map<String, Object>> list = request.list("commands");
		if (list.size() > 100) {
			throw BotApiError.badRequest("too many commands");
		}
		for (Map<String, Object> command : list) {
			String name = String.valueOf(command.get("command"));
			String description = String.valueOf(command.get("description"));
			if (!name.matches("[a-z0-9_]{1,32}") || description.isEmpty() || description.length() > 256) {
				throw BotApiError.badRequest("BOT_COMMAND_INVALID");
			}
		}
		String language = request.string("language_code");
		this.state.commands.put(scope(request) + "|" + ((language != null) ? language : ""), List.copyOf(list));
		this.dirty = true;
		return true;
	}

	/**
	 * The scope of a command menu as a key: {@code default}, {@code all_private_chats},
	 * {@code all_group_chats} or {@code chat:<id>}.
	 */
	private static String scope(BotApiRequest request) {
		Map<String, Object> scope = request.object("scope");
		String type = (scope != null && scope.get("type") != null) ? String.valueOf(scope.get("type")) : "default";
		return switch (type) {
			case "default", "all_private_chats", "all_group_chats" -> type;
			case "chat" -> "chat:" + scope.get("chat_id");
			default -> throw BotApiError.badRequest("unsupported scope " + type);
		};
	}

	synchronized List<Map<String, Object>> getMyCommands(BotApiRequest request) {
		String key = scope(request) + "|" + Objects.toString(request.string("language_code"), "");
		return this.state.commands.getOrDefault(key, List.of());
	}

	private void refuseWhileWebhook() {
		if (this.webhook != null) {
			throw new BotApiError(409,
					"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
							+ "webhook first");
		}
	}

	/**
	 * Sets the webhook, as Telegram checks it: https, or http to this machine (the only
	 * place the sandbox posts to, so it can be no tool against other hosts); a secret of
	 * 1 to 256 characters of {@code A-Za-z0-9_-}; an empty URL removes the webhook.
	 * Without {@code allowed_updates} the earlier choice stays.
	 */
	synchronized boolean setWebhook(BotApiRequest request) {
		String url = request.string("url");
		if (url == null || url.isBlank()) {
			return deleteWebhook(request);
		}
		URI target;
		try {
			target = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw BotApiError.badRequest("bad webhook: invalid URL");
		}
		String scheme = Objects.toString(target.getScheme(), "").toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw BotApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
		}
		if (!SandboxWebhook.loopback(target.getHost())) {
			throw BotApiError.badRequest(
					"bad webhook: the sandbox posts updates only to this machine (localhost, 127.0.0.1 or ::1)");
		}
		String secret = request.string("secret_token");
		if (secret != null && !secret.isEmpty() && !SandboxWebhook.SECRET.matcher(secret).matches()) {
			throw BotApiError.badRequest("secret token contains unallowed characters");
		}
		Set<String> allowed = allowedUpdates(request);
		if (request.bool("drop_pending_updates")) {
			this.pending.clear();
		}
		if (allowed != null) {
			this.allowedUpdates = allowed;
		}
		this.webhook = new SandboxWebhook.Target(target, (secret == null || secret.isEmpty()) ? null : secret);
		this.webhookRetryAt = 0;
		this.webhookBackOffMillis = 0;
		this.webhookLastErrorDate = null;
		this.webhookLastErrorMessage = null;
		notifyAll();
		return true;
	}

	private static Set<String> allowedUpdates(BotApiRequest request) {
		Object value = request.raw("allowed_updates");
		if (value instanceof String text) {
			if (text.isBlank()) {
				return null;
			}
			try {
				value = BotApiRequest.parseJsonArray(text);
			}
			catch (RuntimeException ex) {
				throw BotApiError.badRequest("can't parse allowed updates JSON array");
			}
		}
		if (value == null) {
			return null;
		}
		if (!(value instanceof List<?> kinds)) {
			throw BotApiError.badRequest("can't parse allowed updates JSON array");
		}
		return kinds.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Removes the webhook, so that {@code getUpdates} works again; the pending updates
	 * stay unless dropped.
	 */
	synchronized boolean deleteWebhook(BotApiRequest request) {
		if (request.bool("drop_pending_updates")) {
			this.pending.clear();
		}
		this.webhook = null;
		notifyAll();
		return true;
	}

	synchronized Map<String, Object> getWebhookInfo() {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("url", (this.webhook != null) ? this.webhook.url().toString() : "");
		info.put("has_custom_certificate", false);
		info.put("pending_update_count", this.pending.size());
		if (this.webhook != null) {
			info.put("max_connections", 40);
			if (!this.allowedUpdates.isEmpty()) {
				info.put("allowed_updates", this.allowedUpdates.stream().sorted().toList());
			}
			if (this.webhookLastErrorDate != null) {
				info.put("last_error_date", this.webhookLastErrorDate);
				info.put("last_error_message", this.webhookLastErrorMessage);
			}
		}
		return info;
	}

	/**
	 * Waits until the webhook is set, an update is pending and the pause after a failure
	 * is over: the oldest pending update and where to post it; null once closed. Updates
	 * of kinds the webhook did not ask for are dropped, as Telegram never sends them.
	 */
	synchronized SandboxWebhook.Delivery nextWebhookDelivery() throws InterruptedException {
		while (this.open) {
			if (this.webhook != null && !this.pending.isEmpty()) {
				Map<String, Object> update = this.pending.get(0);
				if (!this.allowedUpdates.isEmpty()
						&& update.keySet().stream().noneMatch(this.allowedUpdates::contains)) {
					this.pending.remove(0);
					continue;
				}
				long wait = this.webhookRetryAt - System.nanoTime();
				if (this.webhookRetryAt == 0 || wait <= 0) {
					return new SandboxWebhook.Delivery(this.webhook, update);
				}
				TimeUnit.NANOSECONDS.timedWait(this, wait);
			}
			else {
				wait();
			}
		}
		return null;
	}

	/**
	 * The webhook answered a delivery: on success the update is done with; on a failure
	 * (an answer other than 2xx, or no answer) it stays first in line and the webhook is
	 * tried again after a pause that doubles up to a minute, as Telegram does.
	 */
	synchronized void webhookAnswered(SandboxWebhook.Delivery delivery, String error) {
		if (error == null) {
			if (!this.pending.isEmpty() && this.pending.get(0) == delivery.update()) {
				this.pending.remove(0);
			}
			this.webhookBackOffMillis = 0;
			this.webhookRetryAt = 0;
			return;
		}
		if (delivery.target() != this.webhook) {
			return;
		}
		this.webhookLastErrorDate = now();
		this.webhookLastErrorMessage = error;
		this.webhookBackOffMillis = Math.min(
				Math.max(SandboxWebhook.FIRST_RETRY.toMillis(), this.webhookBackOffMillis * 2),
				SandboxWebhook.LAST_RETRY.toMillis());
		this.webhookRetryAt = Math.max(1, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(this.webhookBackOffMillis));
	}

	/** Releases every waiting poll and saves the chats. */
	synchronized void close() {
		this.open = false;
		notifyAll();
		this.state.closedCleanly = true;
		this.dirty = true;
		flush();
	}

	// Helpers

	private void setText(SandboxMessage message, String text, String parseMode, int limit, String what) {
		TelegramHtml.Parsed parsed = parse(text, parseMode);
		String visible = parsed.text();
		if (visible.isBlank()) {
			throw BotApiError.badRequest(what + " text is empty");
		}
		if (visible.codePointCount(0, visible.length()) > limit) {
			throw BotApiError.badRequest(what + " is too long");
		}
		message.text = visible;
		message.source = text;
		message.parseMode = (parseMode != null && !parseMode.isEmpty()) ? "HTML" : null;
		message.entities = parsed.entities().isEmpty() ? null : parsed.entities();
	}

	/**
	 * A photo's or document's caption, checked as Telegram checks it (its length in
	 * characters after entity parsing, as for text); none when empty.
	 */
	private void setCaption(SandboxMessage message, String caption, String parseMode) {
		message.caption = null;
		message.source = null;
		message.parseMode = null;
		message.entities = null;
		if (caption == null || caption.isEmpty()) {
			return;
		}
		TelegramHtml.Parsed parsed = parse(caption, parseMode);
		String visible = parsed.text();
		if (visible.isBlank()) {
			return;
		}
		if (visible.codePointCount(0, visible.length()) > MAX_CAPTION) {
			throw BotApiError.badRequest("message caption is too long");
		}
		message.caption = visible;
		message.source = caption;
		message.parseMode = (parseMode != null && !parseMode.isEmpty()) ? "HTML" : null;
		message.entities = parsed.entities().isEmpty() ? null : parsed.entities();
	}

	private static TelegramHtml.Parsed parse(String text, String parseMode) {
		if (parseMode == null || parseMode.isEmpty()) {
			return new TelegramHtml.Parsed(text, List.of());
		}
		if (!parseMode.equalsIgnoreCase("HTML")) {
			throw BotApiError.badRequest("unsupported parse_mode in the sandbox: " + parseMode);
		}
		return TelegramHtml.parse(text);
	}

	// Files

	/**
	 * The file a file id names, which must be one a user or the bot sent and of the kind
	 * the method sends.
	 */
	private SandboxFile knownFile(String reference, String kind) {
		if (reference == null || reference.isBlank() || reference.startsWith("attach://")) {
			throw BotApiError.badRequest("there is no " + kind + " in the request");
		}
		SandboxFile file = this.state.files.get(reference.strip());
		if (file == null && SandboxFile.PHOTO.equals(kind) && isHttpUrl(reference.strip())) {
			// Telegram downloads the photo; the sandbox records it with its address
			long number = this.state.nextFileNumber++;
			return remember(new SandboxFile(SandboxFile.PHOTO, "photo-" + number, "p" + number, reference.strip(),
					"image/jpeg", 0));
		}
		if (file == null) {
			throw BotApiError.badRequest("wrong file identifier/HTTP URL specified");
		}
		if (!file.kind().equals(kind)) {
			throw BotApiError.badRequest("can't use file of type " + typeName(file.kind()) + " as " + typeName(kind));
		}
		return file;
	}

	private static String typeName(String kind) {
		return SandboxFile.PHOTO.equals(kind) ? "Photo" : "Document";
	}

	/** Refuses an empty upload as Telegram does; null, as the file is made later. */
	private static SandboxFile checkUpload(BotApiRequest.Upload upload) {
		if (upload.content().length == 0) {
			throw BotApiError.badRequest("file must be non-empty");
		}
		return null;
	}

	/** An absolute http(s) address with a host, as Telegram fetches photos from. */
	private static boolean isHttpUrl(String reference) {
		try {
			URI uri = new URI(reference);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * A file the bot uploaded, remembered so it can be sent again; a document's content
	 * is kept for the chat page to download.
	 */
	private SandboxFile uploadedFile(BotApiRequest.Upload upload, String kind) {
		long size = upload.content().length;
		if (SandboxFile.PHOTO.equals(kind)) {
			return newPhoto(size);
		}
		String fileId = "file-" + UUID.randomUUID();
		this.store.writeFile(fileId, upload.content());
		String name = (upload.fileName() != null && !upload.fileName().isBlank()) ? upload.fileName() : "file";
		return remember(new SandboxFile(SandboxFile.DOCUMENT, fileId, "d" + this.state.nextFileNumber++, name,
				mimeType(name), size));
	}

	private void attach(SandboxMessage message, SandboxFile file) {
		if (SandboxFile.PHOTO.equals(file.kind())) {
			message.photo = photoSizes(file);
		}
		else {
			message.document = document(file);
		}
	}

	private SandboxFile newPhoto(long size) {
		long number = this.state.nextFileNumber++;
		return remember(new SandboxFile(SandboxFile.PHOTO, "photo-" + number, "p" + number, null, "image/jpeg", size));
	}

	/** Keeps a file by its file id, and a photo also by that of its small size. */
	private SandboxFile remember(SandboxFile file) {
		this.state.files.put(file.fileId(), file);
		if (SandboxFile.PHOTO.equals(file.kind())) {
			this.state.files.put(file.fileId() + "-s", file);
		}
		this.dirty = true;
		return file;
	}

	/**
	 * A photo's sizes as Telegram gives them: a small one and the large one, smallest
	 * first, sharing the base of their ids.
	 */
	private static List<PhotoSize> photoSizes(SandboxFile photo) {
		return List.of(
				new PhotoSize(photo.fileId() + "-s", photo.fileUniqueId() + "-s", 90, 68,
						Math.max(1, photo.size() / 20)),
				new PhotoSize(photo.fileId(), photo.fileUniqueId(), 1280, 960, photo.size()));
	}

	private static SandboxDocument document(SandboxFile file) {
		return new SandboxDocument(file.fileId(), file.fileName(), file.size(), file.fileUniqueId(), file.mimeType());
	}

	private String newMediaGroupId() {
		this.dirty = true;
		return String.valueOf(MEDIA_GROUP_IDS + this.state.nextMediaGroupNumber++);
	}

	/** The MIME type Telegram gives a document by its name. */
	private static String mimeType(String fileName) {
		String type = URLConnection.guessContentTypeFromName(fileName);
		return (type != null) ? type : "application/octet-stream";
	}

	private SandboxMessage botMessage(SandboxChat chat, int messageId, String notFound) {
		SandboxMessage message = chat.find(messageId);
		if (message == null || !message.fromBot) {
			throw BotApiError.badRequest(notFound);
		}
		return message;
	}

	private SandboxChat chat(long chatId) {
		if (chatId < 0) {
			SandboxGroup group = this.state.groups.get(chatId);
			if (group == null) {
				throw BotApiError.badRequest("chat not found");
			}
			group.requireBotMayWrite();
			return group;
		}
		SandboxChat chat = this.state.chats.get(chatId);
		if (chat == null) {
			throw BotApiError.badRequest("chat not found");
		}
		if (this.state.blocked.contains(chatId)) {
			throw new BotApiError(403, "Forbidden: bot was blocked by the user");
		}
		return chat;
	}

	/**
	 * Puts a bot message in a group's topic ({@code message_thread_id}, or that of the
	 * message it replies to), which must exist.
	 */
	private void placeInThread(SandboxChat chat, SandboxMessage message, BotApiRequest request) {
		if (chat instanceof SandboxGroup group) {
			Integer threadId = request.optionalInteger("message_thread_id");
			Integer replyTo = request.replyToMessageId();
			if (replyTo != null) {
				SandboxMessage replied = group.find(replyTo);
				if (replied == null) {
					throw BotApiError.badRequest("message to be replied not found");
				}
				message.replyToMessageId = replyTo;
				threadId = (threadId != null) ? threadId : replied.threadId;
			}
			group.requireThread(threadId);
			message.threadId = threadId;
		}
	}

	private Map<String, Object> chatJson(SandboxChat chat) {
		return (chat instanceof SandboxGroup group) ? group.toBotApi() : user(chat.chatId).privateChat();
	}

	/**
	 * A message in the Bot API's format; in a group with the message it replies to, which
	 * in a forum topic is the topic's first message unless it replies to another.
	 */
	private Map<String, Object> messageJson(SandboxChat chat, SandboxMessage message) {
		Map<String, Object> json = message.toBotApi(sender(chat, message), chatJson(chat));
		if (chat instanceof SandboxGroup group) {
			Integer target = (message.replyToMessageId != null) ? message.replyToMessageId : message.threadId;
			SandboxMessage replied = (target != null && target != message.messageId) ? group.find(target) : null;
			if (replied != null) {
				json.put("reply_to_message", replied.toBotApi(sender(chat, replied), chatJson(chat)));
			}
		}
		return json;
	}

	private Map<String, Object> sender(SandboxChat chat, SandboxMessage message) {
		if (message.fromBot) {
			return BOT;
		}
		return user((message.fromUserId != null) ? message.fromUserId : chat.chatId).toBotApi();
	}

	private SandboxUser user(long userId) {
		SandboxUser user = this.state.users.get(userId);
		if (user == null) {
			throw new BotApiError(404, "Not Found: no such sandbox user");
		}
		return user;
	}

	/**
	 * Where update ids go on: never below the current second since the epoch, so a fresh
	 * store never repeats an id an earlier sandbox gave out (ids stay below 2^31 until
	 * 2038), and with a margin after a crash lost the ids of the last unsaved second.
	 */
	static long firstUpdateId(SandboxState state, long epochSecond) {
		long saved = state.nextUpdateId + (state.closedCleanly ? 0 : UNSAVED_UPDATES_MARGIN);
		return Math.max(saved, epochSecond);
	}

	private long enqueue(Map<String, Object> content) {
		long updateId = this.state.nextUpdateId++;
		this.dirty = true;
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("update_id", updateId);
		update.putAll(content);
		this.pending.add(update);
		notifyAll();
		return updateId;
	}

	private void touch(SandboxChat chat) {
		chat.version = this.version++;
		changed();
	}

	private void changed() {
		this.dirty = true;
		notifyAll();
	}

	/** Saves the users and chats if they changed since the last save. */
	synchronized void flush() {
		if (this.dirty) {
			this.store.save(this.state);
			this.dirty = false;
		}
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	/** When Telegram took the message: its Bot API date, and to the millisecond. */
	private void stamp(SandboxMessage message) {
		long millis = this.clock.millis();
		message.date = millis / 1000;
		message.millis = millis;
	}

}
