package org.socialchange.platform.bot.kit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Updates as Telegram sends them, for tests: each is built as the Bot API's JSON and
 * parsed by the library, like an update from {@code getUpdates} or the webhook, with
 * increasing update and message ids. Chat ids follow the Bot API: a private chat has the
 * user's id, a group a negative id, a supergroup an id of {@value #SUPERGROUPS} or below.
 */
public final class Updates {

	/** The bot's own user id. */
	public static final long BOT_ID = 100000000L;

	/** Chat ids from here down are supergroups. */
	public static final long SUPERGROUPS = -1000000000000L;

	static final Map<String, Object> BOT = Map.of("id", BOT_ID, "is_bot", true, "first_name", "Test Bot", "username",
			"test_bot");

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private static final AtomicInteger updateIds = new AtomicInteger(1);

	private static final AtomicInteger messageIds = new AtomicInteger(1);

	private Updates() {
	}

	/** A Telegram user; {@code languageCode} may be null, as Telegram may omit it. */
	public static From user(long id, String firstName, String languageCode) {
		return new From(id, firstName, languageCode);
	}

	/**
	 * A text message in the user's private chat with the bot; a text starting with
	 * {@code /} carries a {@code bot_command} entity, as from Telegram.
	 */
	public static Update text(From from, String text) {
		return update("message", textMessage(from, from.id(), null, text));
	}

	/** A command such as {@code /start} or {@code /start payload} in the private chat. */
	public static Update command(From from, String command) {
		if (!command.startsWith("/")) {
			throw new IllegalArgumentException("a command starts with /: " + command);
		}
		return text(from, command);
	}

	/** A text message (or command) in a group or supergroup, in no topic. */
	public static Update groupText(From from, long chatId, String text) {
		return groupText(from, chatId, null, text);
	}

	/**
	 * A text message in a group or supergroup; a thread id puts it in that forum topic
	 * ({@code message_thread_id}, {@code is_topic_message}), which only a supergroup has.
	 */
	public static Update groupText(From from, long chatId, Integer threadId, String text) {
		if (chatId >= 0) {
			throw new IllegalArgumentException("group chat ids are negative: " + chatId);
		}
		if (threadId != null && chatId > SUPERGROUPS) {
			throw new IllegalArgumentException("only a supergroup has topics: " + chatId);
		}
		return update("message", textMessage(from, chatId, threadId, text));
	}

	/** A press on an inline button of the bot's message in the user's private chat. */
	public static Update callback(From from, int messageId, String data) {
		return callback(from, from.id(), messageId, data);
	}

	/** A press on an inline button of the bot's message in any chat. */
	public static Update callback(From from, long chatId, int messageId, String data) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", messageId);
		message.put("from", BOT);
		message.put("chat", chat(chatId, from));
		message.put("date", now());
		message.put("text", "(the bot's message)");
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("id", "query-" + updateIds.get());
		query.put("from", from.json());
		query.put("message", message);
		query.put("chat_instance", String.valueOf(chatId));
		query.put("data", data);
		return update("callback_query", query);
	}

	/** A sticker in the user's private chat. */
	public static Update sticker(From from) {
		Map<String, Object> message = message(from, from.id(), null);
		message.put("sticker", Map.of("file_id", "sticker-1", "file_unique_id", "s1", "type", "regular", "width", 512,
				"height", 512, "is_animated", false, "is_video", false, "emoji", "👍"));
		return update("message", message);
	}

	/** A photo in the user's private chat; the caption may be null. */
	public static Update photo(From from, String caption) {
		Map<String, Object> message = message(from, from.id(), null);
		message.put("photo", List
			.of(Map.of("file_id", "photo-1", "file_unique_id", "p1", "width", 90, "height", 90, "file_size", 1000)));
		if (caption != null) {
			message.put("caption", caption);
		}
		return update("message", message);
	}

	/** The user edited a text message of theirs in the private chat. */
	public static Update edited(From from, int messageId, String text) {
		Map<String, Object> message = textMessage(from, from.id(), null, text);
		message.put("message_id", messageId);
		message.put("edit_date", now());
		return update("edited_message", message);
	}

	/** {@code my_chat_member}: someone added the bot to a group or supergroup. */
	public static Update botAdded(From by, long chatId) {
		return myChatMember(by, chatId, "left", "member");
	}

	/** {@code my_chat_member}: someone removed the bot from a group or supergroup. */
	public static Update botRemoved(From by, long chatId) {
		return myChatMember(by, chatId, "member", "left");
	}

	/** {@code my_chat_member}: the user blocked the bot in their private chat. */
	public static Update blocked(From user) {
		return myChatMember(user, user.id(), "member", "kicked");
	}

	/** {@code my_chat_member}: the user unblocked the bot (pressed Restart). */
	public static Update unblocked(From user) {
		return myChatMember(user, user.id(), "kicked", "member");
	}

	// The Bot API's JSON

	private static Update myChatMember(From from, long chatId, String oldStatus, String newStatus) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("chat", chat(chatId, from));
		member.put("from", from.json());
		member.put("date", now());
		member.put("old_chat_member", Map.of("status", oldStatus, "user", BOT, "until_date", 0));
		member.put("new_chat_member", Map.of("status", newStatus, "user", BOT, "until_date", 0));
		return update("my_chat_member", member);
	}

	private static Map<String, Object> textMessage(From from, long chatId, Integer threadId, String text) {
		Map<String, Object> message = message(from, chatId, threadId);
		message.put("text", text);
		if (text.startsWith("/")) {
			int end = text.indexOf(' ');
			message.put("entities",
					List.of(Map.of("type", "bot_command", "offset", 0, "length", (end < 0) ? text.length() : end)));
		}
		return message;
	}

	private static Map<String, Object> message(From from, long chatId, Integer threadId) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", messageIds.getAndIncrement());
		message.put("from", from.json());
		Map<String, Object> chat = chat(chatId, from);
		if (threadId != null) {
			chat.put("is_forum", true);
			message.put("message_thread_id", threadId);
			message.put("is_topic_message", true);
		}
		message.put("chat", chat);
		message.put("date", now());
		return message;
	}

	private static Update update(String kind, Map<String, Object> content) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("update_id", updateIds.getAndIncrement());
		update.put(kind, content);
		return JSON.convertValue(update, Update.class);
	}

	/** A chat as the Bot API describes it; the user names a private chat. */
	static Map<String, Object> chat(long chatId, From user) {
		Map<String, Object> chat = new LinkedHashMap<>();
		chat.put("id", chatId);
		if (chatId > 0) {
			chat.put("type", "private");
			chat.put("first_name", (user != null) ? user.firstName() : "User");
		}
		else {
			chat.put("type", (chatId <= SUPERGROUPS) ? "supergroup" : "group");
			chat.put("title", "Group " + chatId);
		}
		return chat;
	}

	static Map<String, Object> chat(long chatId) {
		return chat(chatId, null);
	}

	static long now() {
		return System.currentTimeMillis() / 1000;
	}

	/** A Telegram user who sends updates. */
	public record From(long id, String firstName, String languageCode) {

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("is_bot", false);
			json.put("first_name", this.firstName);
			if (this.languageCode != null) {
				json.put("language_code", this.languageCode);
			}
			return json;
		}

	}

}
