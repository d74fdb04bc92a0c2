package org.socialchange.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.socialchange.platform.bot.TelegramSettings;

/**
 * Drives the sandbox's JSON control API over HTTP, as a scripted Telegram user would.
 */
public class SandboxClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public SandboxClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public long createUser(String firstName, String languageCode) {
		return post("/sandbox/api/users", Map.of("firstName", firstName, "languageCode", languageCode)).get("id")
			.asLong();
	}

	public int write(long userId, String text) {
		return post("/sandbox/api/users/" + userId + "/messages", Map.of("text", text)).get("messageId").asInt();
	}

	/** The user writes in reply to a message of their chat with the bot. */
	public int reply(long userId, int messageId, String text) {
		return post("/sandbox/api/users/" + userId + "/messages", Map.of("text", text, "replyToMessageId", messageId))
			.get("messageId")
			.asInt();
	}

	public int writeTwice(long userId, String text) {
		return post("/sandbox/api/users/" + userId + "/messages", Map.of("text", text, "twice", true)).get("messageId")
			.asInt();
	}

	public void press(long userId, int messageId, String data) {
		post("/sandbox/api/users/" + userId + "/callbacks", Map.of("messageId", messageId, "data", data));
	}

	public int sendMedia(long userId, String kind) {
		return post("/sandbox/api/users/" + userId + "/media", Map.of("kind", kind)).get("messageId").asInt();
	}

	/**
	 * The user sends a photo, captioned unless {@code caption} is null: its message id.
	 */
	public int sendPhoto(long userId, String caption) {
		return postPhoto(userId, caption).get("messageId").asInt();
	}

	/**
	 * The user sends a photo, captioned unless {@code caption} is null: the file id of
	 * its largest size, which the bot can send again.
	 */
	public String sendPhotoFileId(long userId, String caption) {
		return postPhoto(userId, caption).get("fileId").asString();
	}

	private JsonNode postPhoto(long userId, String caption) {
		Map<String, Object> body = new HashMap<>();
		if (caption != null) {
			body.put("caption", caption);
		}
		return post("/sandbox/api/users/" + userId + "/photos", body);
	}

	/**
	 * The user sends an album of 2 to 10 photos, the caption (unless null) on the first:
	 * the message ids, consecutive.
	 */
	public List<Integer> sendAlbum(long userId, int count, String caption) {
		return sendAlbumAnswer(userId, count, caption).get("messageIds").valueStream().map(JsonNode::asInt).toList();
	}

	/**
	 * The user sends an album: the sandbox's answer, with {@code messageIds},
	 * {@code fileIds}, {@code updateIds} and {@code mediaGroupId}.
	 */
	public JsonNode sendAlbumAnswer(long userId, int count, String caption) {
		Map<String, Object> body = new HashMap<>(Map.of("count", count));
		if (caption != null) {
			body.put("caption", caption);
		}
		return post("/sandbox/api/users/" + userId + "/albums", body);
	}

	/**
	 * The user sends a document, its MIME type guessed from the name, captioned unless
	 * {@code caption} is null: its message id.
	 */
	public int sendDocument(long userId, String fileName, String caption) {
		return postDocument(userId, fileName, caption).get("messageId").asInt();
	}

	/** The user sends a document: its file id, which the bot can send again. */
	public String sendDocumentFileId(long userId, String fileName, String caption) {
		return postDocument(userId, fileName, caption).get("fileId").asString();
	}

	private JsonNode postDocument(long userId, String fileName, String caption) {
		Map<String, Object> body = new HashMap<>(Map.of("fileName", fileName));
		if (caption != null) {
			body.put("caption", caption);
		}
		return post("/sandbox/api/users/" + userId + "/documents", body);
	}

	public void edit(long userId, int messageId, String text) {
		post("/sandbox/api/users/" + userId + "/messages/" + messageId + "/edit", Map.of("text", text));
	}

	public void block(long userId) {
		post("/sandbox/api/users/" + userId + "/block", Map.of());
	}

	public String file(String fileId) {
		return raw(HttpRequest.newBuilder(URI.create(this.base + "/sandbox/api/files/" + fileId)).GET().build()).body();
	}

	/** The newest bot message now, to wait for what comes after it. */
	public int lastMessageId(long userId) {
		List<JsonNode> messages = chat(userId).get("messages").valueStream().toList();
		return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).get("messageId").asInt();
	}

	public JsonNode chat(long userId) {
		return get("/sandbox/api/users/" + userId + "/chat?since=0&wait=0");
	}

	public List<JsonNode> botMessages(long userId) {
		return chat(userId).get("messages").valueStream().filter((m) -> m.get("fromBot").asBoolean()).toList();
	}

	/** Waits for the first bot message after {@code afterMessageId} that matches. */
	public JsonNode awaitBotMessage(long userId, int afterMessageId, Predicate<JsonNode> matching) {
		return awaitChat(userId,
				(chat) -> chat.get("messages")
					.valueStream()
					.filter((m) -> m.get("fromBot").asBoolean() && m.get("messageId").asInt() > afterMessageId)
					.anyMatch(matching))
			.get("messages")
			.valueStream()
			.filter((m) -> m.get("fromBot").asBoolean() && m.get("messageId").asInt() > afterMessageId)
			.filter(matching)
			.findFirst()
			.orElseThrow();
	}

	public JsonNode awaitBotMessage(long userId, int afterMessageId) {
		return awaitBotMessage(userId, afterMessageId, (m) -> true);
	}

	/** Waits, through the long poll, until the chat satisfies the condition. */
	public JsonNode awaitChat(long userId, Predicate<JsonNode> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		long since = 0;
		JsonNode chat = null;
		while (System.nanoTime() < deadline) {
			chat = get("/sandbox/api/users/" + userId + "/chat?since=" + since + "&wait=5");
			if (condition.test(chat)) {
				return chat;
			}
			since = chat.get("version").asLong();
		}
		throw new AssertionError("The chat of user " + userId + " never got there: " + chat);
	}

	/** A new group, or supergroup (perhaps a forum), of which the user is the creator. */
	public long createGroup(long creatorUserId, String title, boolean supergroup, boolean forum) {
		return post("/sandbox/api/groups",
				Map.of("creatorUserId", creatorUserId, "title", title, "supergroup", supergroup, "forum", forum))
			.get("chatId")
			.asLong();
	}

	/** A new topic of a forum: its {@code message_thread_id}. */
	public int createTopic(long chatId, long userId, String name) {
		return post("/sandbox/api/groups/" + chatId + "/topics", Map.of("userId", userId, "name", name))
			.get("messageThreadId")
			.asInt();
	}

	public void joinGroup(long chatId, long userId) {
		post("/sandbox/api/groups/" + chatId + "/members", Map.of("userId", userId));
	}

	public void addBot(long chatId, long userId) {
		post("/sandbox/api/groups/" + chatId + "/bot", Map.of("userId", userId, "action", "add"));
	}

	public void removeBot(long chatId, long userId) {
		post("/sandbox/api/groups/" + chatId + "/bot", Map.of("userId", userId, "action", "remove"));
	}

	public void banBot(long chatId, long userId) {
		post("/sandbox/api/groups/" + chatId + "/bot", Map.of("userId", userId, "action", "ban"));
	}

	/** A member writes in a group (in a topic when {@code threadId} is not null). */
	public int writeInGroup(long chatId, long userId, String text, Integer threadId) {
		Map<String, Object> body = new HashMap<>(Map.of("userId", userId, "text", text));
		if (threadId != null) {
			body.put("threadId", threadId);
		}
		return post("/sandbox/api/groups/" + chatId + "/messages", body).get("messageId").asInt();
	}

	/** The creator upgrades a group to a supergroup: the supergroup's id. */
	public long migrateGroup(long chatId, long userId) {
		return post("/sandbox/api/groups/" + chatId + "/migrate", Map.of("userId", userId)).get("chatId").asLong();
	}

	/** The group's transcript now, service messages and thread ids included. */
	public JsonNode groupChat(long chatId) {
		return get("/sandbox/api/groups/" + chatId + "/chat?since=0&wait=0");
	}

	public JsonNode get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	public JsonNode post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public HttpResponse<String> raw(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String base() {
		return this.base;
	}

	/**
	 * The real TelegramBots client pointed at the sandbox's Bot API, which lives under a
	 * path prefix the library cannot express by itself.
	 */
	public OkHttpTelegramClient telegramClient() {
		OkHttpClient http = new OkHttpClient.Builder().addInterceptor((chain) -> {
			HttpUrl url = chain.request().url();
			HttpUrl.Builder target = url.newBuilder().encodedPath("/sandbox/telegram");
			url.pathSegments().forEach(target::addPathSegment);
			return chain.proceed(chain.request().newBuilder().url(target.build()).build());
		}).build();
		URI address = URI.create(this.base);
		return new OkHttpTelegramClient(http, TelegramSettings.SANDBOX_TOKEN,
				new TelegramUrl("http", address.getHost(), address.getPort(), false));
	}

	private JsonNode send(HttpRequest.Builder request) {
		HttpResponse<String> response = raw(request.timeout(Duration.ofSeconds(30)).build());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

}
