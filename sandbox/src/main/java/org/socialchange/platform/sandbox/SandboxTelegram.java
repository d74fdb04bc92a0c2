package org.socialchange.platform.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.socialchange.platform.sandbox.SandboxChat.Notice;
import org.socialchange.platform.sandbox.SandboxMessage.SandboxDocument;

/**
 * A local stand-in of the Telegram Bot API: simulated users, their private chats with the
 * bot, the update queue that {@code getUpdates} serves, and the limits Telegram enforces.
 * All state is guarded by this object's monitor; long polls wait on it.
 */
class SandboxTelegram {

	static final long BOT_ID = 100000000L;

	static final int MAX_TEXT = 4096;

	static final int MAX_CAPTION = 1024;

	static final int MAX_CALLBACK_DATA_BYTES = 64;

	static final long UNSAVED_UPDATES_MARGIN = 1_000_000;

	private static final Map<String, Object> BOT = Map.of("id", BOT_ID, "is_bot", true, "first_name",
			"Platform Sandbox Bot", "username", "platform_sandbox_bot", "can_join_groups", true,
			"can_read_all_group_messages", false, "supports_inline_queries", false);

	private final SandboxStore store;

	private final Clock clock;

	private final SandboxState state;

	private final SandboxLimits limits;

	private final List<Map<String, Object>> pending = new ArrayList<>();

	private final Map<String, Long> callbackQueries = new HashMap<>();

	private final Map<String, List<Map<String, Object>>> commands = new HashMap<>();

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
					.filter((message) -> message.fromBot && message.text != null && message.text.contains(marker))
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
		SandboxMessage message = new SandboxMessage();
		message.messageId = chat.nextMessageId++;
		message.text = text;
		message.date = now();
		chat.messages.add(message);
		Map<String, Object> json = message.toBotApi(user.toBotApi(), user.privateChat());
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
		Map<String, Object> media = switch (kind) {
			case "sticker" -> Map.of("sticker", Map.of("file_id", "sticker-1", "file_unique_id", "s1", "type",
					"regular", "width", 512, "height", 512, "is_animated", false, "is_video", false, "emoji", "👍"));
			case "photo" -> Map.of("photo", List.of(Map.of("file_id", "photo-1", "file_unique_id", "p1", "width", 90,
					"height", 90, "file_size", 1000)));
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
		message.date = now();
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

	synchronized List<Map<String, Object>> commands(String languageCode) {
		return this.commands.getOrDefault((languageCode != null) ? languageCode : "",
				this.commands.getOrDefault("", List.of()));
	}

	// The bot's side: Bot API methods

	synchronized Object getMe() {
		return BOT;
	}

	synchronized List<Map<String, Object>> getUpdates(long offset, int limit, int timeoutSeconds)
			throws InterruptedException {
		this.pending.removeIf((update) -> ((Number) update.get("update_id")).longValue() < offset);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(0, Math.min(timeoutSeconds, 50)));
		while (this.open && this.pending.isEmpty() && System.nanoTime() < deadline) {
			TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
		}
		int count = Math.min(this.pending.size(), Math.max(1, Math.min(limit, 100)));
		return List.copyOf(this.pending.subList(0, count));
	}

	synchronized Map<String, Object> sendMessage(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		this.limits.message(chat.chatId, request.bool("allow_paid_broadcast"));
		SandboxMessage message = new SandboxMessage();
		message.fromBot = true;
		setText(message, request.requiredString("text"), request.string("parse_mode"), MAX_TEXT, "message");
		message.inlineKeyboard = request.inlineKeyboard();
		message.messageId = chat.nextMessageId++;
		message.date = now();
		chat.messages.add(message);
		chat.typingUntil = 0;
		touch(chat);
		return message.toBotApi(BOT, user(chat.chatId).privateChat());
	}

	synchronized Map<String, Object> editMessageText(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		SandboxMessage message = botMessage(chat, request.integer("message_id"), "message to edit not found");
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
		message.inlineKeyboard = keyboard;
		message.edited = true;
		touch(chat);
		return message.toBotApi(BOT, user(chat.chatId).privateChat());
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
		return message.toBotApi(BOT, user(chat.chatId).privateChat());
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
			SandboxChat chat = this.state.chats.get(chatId);
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

	synchronized Map<String, Object> sendDocument(BotApiRequest request) {
		SandboxChat chat = chat(request.chatId());
		this.limits.message(chat.chatId, request.bool("allow_paid_broadcast"));
		BotApiRequest.Upload upload = request.upload("document");
		SandboxMessage message = new SandboxMessage();
		message.fromBot = true;
		String caption = request.string("caption");
		if (caption != null) {
			setText(message, caption, request.string("parse_mode"), MAX_CAPTION, "message caption");
		}
		String fileId = "file-" + UUID.randomUUID();
		this.store.writeFile(fileId, upload.content());
		message.document = new SandboxDocument(fileId, upload.fileName(), upload.content().length);
		message.inlineKeyboard = request.inlineKeyboard();
		message.messageId = chat.nextMessageId++;
		message.date = now();
		chat.messages.add(message);
		touch(chat);
		return message.toBotApi(BOT, user(chat.chatId).privateChat());
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
		this.commands.put((language != null) ? language : "", List.copyOf(list));
		return true;
	}

	synchronized List<Map<String, Object>> getMyCommands(BotApiRequest request) {
		return commands(request.string("language_code"));
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
		String visible = text;
		if (parseMode != null && !parseMode.isEmpty()) {
			if (!parseMode.equalsIgnoreCase("HTML")) {
				throw BotApiError.badRequest("unsupported parse_mode in the sandbox: " + parseMode);
			}
			visible = TelegramHtml.visibleText(text);
		}
		if (visible.isBlank()) {
			throw BotApiError.badRequest(what + " text is empty");
		}
		if (visible.codePointCount(0, visible.length()) > limit) {
			throw BotApiError.badRequest(what + " is too long");
		}
		message.text = visible;
		message.source = text;
		message.parseMode = (parseMode != null && !parseMode.isEmpty()) ? "HTML" : null;
	}

	private SandboxMessage botMessage(SandboxChat chat, int messageId, String notFound) {
		SandboxMessage message = chat.find(messageId);
		if (message == null || !message.fromBot) {
			throw BotApiError.badRequest(notFound);
		}
		return message;
	}

	private SandboxChat chat(long chatId) {
		SandboxChat chat = this.state.chats.get(chatId);
		if (chat == null) {
			throw BotApiError.badRequest("chat not found");
		}
		if (this.state.blocked.contains(chatId)) {
			throw new BotApiError(403, "Forbidden: bot was blocked by the user");
		}
		return chat;
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

}
