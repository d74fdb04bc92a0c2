package org.socialchange.platform.sandbox;

import java.util.Collection;
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
 * person or a test acts as simulated Telegram users.
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
		return this.telegram.userWrites(userId, message.text(), Boolean.TRUE.equals(message.twice()));
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
	List<Map<String, Object>> commands(@RequestParam(required = false) String languageCode) {
		return this.telegram.commands(languageCode);
	}

	@ExceptionHandler(BotApiError.class)
	ResponseEntity<Map<String, String>> error(BotApiError error) {
		return ResponseEntity.status(error.code()).body(Map.of("error", error.getMessage()));
	}

	record NewUser(String firstName, String languageCode) {
	}

	record NewUsers(Integer count, String firstName, String languageCode) {
	}

	record NewMessage(String text, Boolean twice) {
	}

	record Press(Integer messageId, String data) {
	}

	record Media(String kind) {
	}

}
