package org.socialchange.platform.sandbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat page at {@code /sandbox} and the JSON control API behind it, with which a
 * person or a test acts as simulated Telegram users. Photos and documents:
 * <ul>
 * <li>{@code POST /sandbox/api/users/{userId}/photos} {@code {caption?}}: a user sends a
 * photo, answering its {@code messageId} and the {@code fileId} of its largest size;</li>
 * <li>{@code POST /sandbox/api/users/{userId}/albums} {@code {count, caption?}}: a user
 * sends 2 to 10 photos as an album, answering {@code messageIds}, {@code fileIds} and
 * {@code mediaGroupId};</li>
 * <li>{@code POST /sandbox/api/users/{userId}/documents} {@code {fileName, mimeType?,
 * caption?}}: a user sends a document, answering {@code messageId} and
 * {@code fileId}.</li>
 * </ul>
 * In the transcripts each message has a {@code kind} ({@code text}, {@code photo},
 * {@code document}, {@code service}, ...), and a photo or document its {@code fileId},
 * {@code caption} and album's {@code mediaGroupId}. Groups:
 * <ul>
 * <li>{@code GET /sandbox/api/groups}: every group, supergroup and forum;</li>
 * <li>{@code POST /sandbox/api/groups} {@code {creatorUserId, title, supergroup, forum}}:
 * a new group (id -4000000001 on) or supergroup (-1002000000001 on), the bot not in
 * it;</li>
 * <li>{@code POST /sandbox/api/groups/{chatId}/topics} {@code {userId, name}}: a forum
 * topic, answering its {@code messageThreadId};</li>
 * <li>{@code POST /sandbox/api/groups/{chatId}/members} {@code {userId}}: a user
 * joins;</li>
 * <li>{@code POST /sandbox/api/groups/{chatId}/bot} {@code {userId, action}}: a member
 * adds ({@code add}), removes ({@code remove}) or bans ({@code ban}) the bot, which gets
 * a {@code my_chat_member} update;</li>
 * <li>{@code POST /sandbox/api/groups/{chatId}/messages} {@code {userId, text, threadId?,
 * replyToMessageId?}}: a member writes; the answer says whether privacy mode let the bot
 * receive it ({@code delivered});</li>
 * <li>{@code POST /sandbox/api/groups/{chatId}/callbacks} {@code {userId, messageId,
 * data}}: a member presses a button of a bot message;</li>
 * <li>{@code POST /sandbox/api/groups/{chatId}/migrate} {@code {userId}}: the creator
 * upgrades a group to a supergroup, answering the supergroup;</li>
 * <li>{@code GET /sandbox/api/groups/{chatId}/chat?since=&wait=}: the transcript with
 * senders, thread ids and service messages, long-polled like a user's chat.</li>
 * </ul>
 * Errors answer {@code {"error": description}} with Telegram's status code.
 */
@RestController
@ConditionalOnSandbox
class SandboxControlController {

	private final SandboxTelegram telegram;

	SandboxControlController(SandboxTelegram telegram) {
		this.telegram = telegram;
	}

	@GetMapping(path = { "/sandbox", "/sandbox/" }, produces = MediaType.TEXT_HTML_VALUE)
	Resource page() {
		return new ClassPathResource("sandbox/chat.html");
	}

	@GetMapping("/sandbox/api/users")
	Collection<SandboxUser> users() {
		return this.telegram.users();
	}

	@PostMapping("/sandbox/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	SandboxUser createUser(@RequestBody NewUser user) {
		return this.telegram.createUser(user.firstName(), user.languageCode());
	}

	@PostMapping("/sandbox/api/users/bulk")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> createUsers(@RequestBody NewUsers users) {
		return Map.of("ids", this.telegram.createUsers((users.count() != null) ? users.count() : 0, users.firstName(),
				users.languageCode()));
	}

	@GetMapping("/sandbox/api/stats")
	Map<String, Object> stats(@RequestParam(required = false) String marker) {
		return this.telegram.stats(marker);
	}

	@PostMapping("/sandbox/api/users/{userId}/messages")
	Map<String, Object> write(@PathVariable long userId, @RequestBody NewMessage message) {
		return this.telegram.userWrites(userId, message.text(), Boolean.TRUE.equals(message.twice()),
				message.replyToMessageId());
	}

	@PostMapping("/sandbox/api/users/{userId}/callbacks")
	Map<String, Object> press(@PathVariable long userId, @RequestBody Press press) {
		if (press.messageId() == null) {
			throw BotApiError.badRequest("messageId is required");
		}
		return this.telegram.userPresses(userId, press.messageId(), press.data());
	}

	@PostMapping("/sandbox/api/users/{userId}/media")
	Map<String, Object> media(@PathVariable long userId, @RequestBody Media media) {
		return this.telegram.userSendsMedia(userId, String.valueOf(media.kind()));
	}

	@PostMapping("/sandbox/api/users/{userId}/photos")
	Map<String, Object> photo(@PathVariable long userId, @RequestBody Photo photo) {
		return this.telegram.userSendsPhoto(userId, photo.caption());
	}

	@PostMapping("/sandbox/api/users/{userId}/albums")
	Map<String, Object> album(@PathVariable long userId, @RequestBody Album album) {
		return this.telegram.userSendsAlbum(userId, (album.count() != null) ? album.count() : 0, album.caption());
	}

	@PostMapping("/sandbox/api/users/{userId}/documents")
	Map<String, Object> document(@PathVariable long userId, @RequestBody Document document) {
		return this.telegram.userSendsDocument(userId, document.fileName(), document.mimeType(), document.caption());
	}

	@PostMapping("/sandbox/api/users/{userId}/messages/{messageId}/edit")
	Map<String, Object> edit(@PathVariable long userId, @PathVariable int messageId, @RequestBody NewMessage message) {
		return this.telegram.userEdits(userId, messageId, message.text());
	}

	@PostMapping("/sandbox/api/users/{userId}/block")
	Map<String, Object> block(@PathVariable long userId) {
		return this.telegram.userBlocks(userId, true);
	}

	@PostMapping("/sandbox/api/users/{userId}/unblock")
	Map<String, Object> unblock(@PathVariable long userId) {
		return this.telegram.userBlocks(userId, false);
	}

	@GetMapping("/sandbox/api/users/{userId}/chat")
	Map<String, Object> chat(@PathVariable long userId, @RequestParam(defaultValue = "0") long since,
			@RequestParam(defaultValue = "0") long wait) throws InterruptedException {
		return this.telegram.chat(userId, since, wait);
	}

	@GetMapping("/sandbox/api/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String fileId) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header("Content-Disposition", "attachment")
			.body(this.telegram.file(fileId));
	}

	@GetMapping("/sandbox/api/commands")
	List<Map<String, Object>> commands(@RequestParam(required = false) String languageCode,
			@RequestParam(required = false) Long chatId) {
		return this.telegram.commands(languageCode, chatId);
	}

	@GetMapping("/sandbox/api/groups")
	List<Map<String, Object>> groups() {
		return this.telegram.groups();
	}

	@PostMapping("/sandbox/api/groups")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> createGroup(@RequestBody NewGroup group) {
		return this.telegram.createGroup(required(group.creatorUserId(), "creatorUserId"), group.title(),
				Boolean.TRUE.equals(group.supergroup()) || Boolean.TRUE.equals(group.forum()),
				Boolean.TRUE.equals(group.forum()));
	}

	@PostMapping("/sandbox/api/groups/{chatId}/topics")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> createTopic(@PathVariable long chatId, @RequestBody NewTopic topic) {
		return this.telegram.createTopic(chatId, required(topic.userId(), "userId"), topic.name());
	}

	@PostMapping("/sandbox/api/groups/{chatId}/members")
	Map<String, Object> join(@PathVariable long chatId, @RequestBody Member member) {
		return this.telegram.joinGroup(chatId, required(member.userId(), "userId"));
	}

	@PostMapping("/sandbox/api/groups/{chatId}/bot")
	Map<String, Object> bot(@PathVariable long chatId, @RequestBody BotMembership membership) {
		return this.telegram.changeBotMembership(chatId, required(membership.userId(), "userId"), membership.action());
	}

	@PostMapping("/sandbox/api/groups/{chatId}/messages")
	Map<String, Object> writeInGroup(@PathVariable long chatId, @RequestBody GroupMessage message) {
		return this.telegram.userWritesInGroup(chatId, required(message.userId(), "userId"), message.text(),
				message.threadId(), message.replyToMessageId());
	}

	@PostMapping("/sandbox/api/groups/{chatId}/callbacks")
	Map<String, Object> pressInGroup(@PathVariable long chatId, @RequestBody GroupPress press) {
		if (press.messageId() == null) {
			throw BotApiError.badRequest("messageId is required");
		}
		return this.telegram.userPressesInGroup(chatId, required(press.userId(), "userId"), press.messageId(),
				press.data());
	}

	@PostMapping("/sandbox/api/groups/{chatId}/migrate")
	Map<String, Object> migrate(@PathVariable long chatId, @RequestBody Member member) {
		return this.telegram.migrateGroup(chatId, required(member.userId(), "userId"));
	}

	@GetMapping("/sandbox/api/groups/{chatId}/chat")
	Map<String, Object> groupChat(@PathVariable long chatId, @RequestParam(defaultValue = "0") long since,
			@RequestParam(defaultValue = "0") long wait) throws InterruptedException {
		return this.telegram.groupChat(chatId, since, wait);
	}

	private static long required(Long value, String name) {
		if (value == null) {
			throw BotApiError.badRequest(name + " is required");
		}
		return value;
	}

	@ExceptionHandler(BotApiError.class)
	ResponseEntity<Map<String, Object>> error(BotApiError error) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error.getMessage());
		if (error.migrateToChatId() != null) {
			body.put("migrateToChatId", error.migrateToChatId());
		}
		return ResponseEntity.status(error.code()).body(body);
	}

	record NewUser(String firstName, String languageCode) {
	}

	record NewUsers(Integer count, String firstName, String languageCode) {
	}

	record NewMessage(String text, Boolean twice, Integer replyToMessageId) {
	}

	record Press(Integer messageId, String data) {
	}

	record Media(String kind) {
	}

	record Photo(String caption) {
	}

	record Album(Integer count, String caption) {
	}

	record Document(String fileName, String mimeType, String caption) {
	}

	record NewGroup(Long creatorUserId, String title, Boolean supergroup, Boolean forum) {
	}

	record NewTopic(Long userId, String name) {
	}

	record Member(Long userId) {
	}

	record BotMembership(Long userId, String action) {
	}

	record GroupMessage(Long userId, String text, Integer threadId, Integer replyToMessageId) {
	}

	record GroupPress(Long userId, Integer messageId, String data) {
	}

}
