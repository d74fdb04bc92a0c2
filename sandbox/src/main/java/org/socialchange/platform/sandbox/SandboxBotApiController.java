package org.socialchange.platform.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot API endpoint of the sandbox, {@code /sandbox/telegram/bot<token>/<method>}, in
 * Telegram's response format; method names are case-insensitive as in Telegram.
 */
@RestController
@ConditionalOnSandbox
class SandboxBotApiController {

	private static final Logger log = LoggerFactory.getLogger(SandboxBotApiController.class);

	private final SandboxTelegram telegram;

	private final Duration latency;

	SandboxBotApiController(SandboxTelegram telegram, SandboxSettings settings) {
		this.telegram = telegram;
		this.latency = settings.latency();
	}

	@RequestMapping("/sandbox/telegram/bot{token}/{method}")
	ResponseEntity<Map<String, Object>> call(@PathVariable String token, @PathVariable String method,
			HttpServletRequest request) throws IOException, ServletException, InterruptedException {
		try {
			if (!SandboxMode.TOKEN.equals(token)) {
				throw new BotApiError(401, "Unauthorized");
			}
			if (!this.latency.isZero()) {
				Thread.sleep(this.latency.toMillis());
			}
			Object result = invoke(method.toLowerCase(Locale.ROOT), read(request));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("ok", true);
			body.put("result", result);
			return ResponseEntity.ok(body);
		}
		catch (BotApiError error) {
			log.debug("Sandbox {} answered {} {}", method, error.code(), error.getMessage());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("ok", false);
			body.put("error_code", error.code());
			body.put("description", error.getMessage());
			if (error.retryAfter() != null) {
				body.put("parameters", Map.of("retry_after", error.retryAfter()));
			}
			if (error.migrateToChatId() != null) {
				body.put("parameters", Map.of("migrate_to_chat_id", error.migrateToChatId()));
			}
			return ResponseEntity.status(error.code()).body(body);
		}
	}

	private Object invoke(String method, BotApiRequest request) throws InterruptedException {
		return switch (method) {
			case "getme" -> this.telegram.getMe();
			case "getupdates" -> this.telegram.getUpdates(request.longValue("offset", 0),
					(int) request.longValue("limit", 100), (int) request.longValue("timeout", 0));
			case "setwebhook" -> this.telegram.setWebhook(request);
			case "deletewebhook" -> this.telegram.deleteWebhook(request);
			case "getwebhookinfo" -> this.telegram.getWebhookInfo();
			case "close", "logout" -> true;
			case "setmycommands" -> this.telegram.setMyCommands(request);
			case "getmycommands" -> this.telegram.getMyCommands(request);
			case "sendmessage" -> this.telegram.sendMessage(request);
			case "editmessagetext" -> this.telegram.editMessageText(request);
			case "editmessagereplymarkup" -> this.telegram.editMessageReplyMarkup(request);
			case "answercallbackquery" -> this.telegram.answerCallbackQuery(request);
			case "sendchataction" -> this.telegram.sendChatAction(request);
			case "senddocument" -> this.telegram.sendDocument(request);
			case "sendphoto" -> this.telegram.sendPhoto(request);
			case "sendmediagroup" -> this.telegram.sendMediaGroup(request);
			case "editmessagecaption" -> this.telegram.editMessageCaption(request);
			case "deletemessage" -> this.telegram.deleteMessage(request);
			case "leavechat" -> this.telegram.leaveChat(request);
			default -> throw new BotApiError(404, "Not Found: method not found");
		};
	}

	private static BotApiRequest read(HttpServletRequest request) throws IOException, ServletException {
		String type = (request.getContentType() != null) ? request.getContentType().toLowerCase(Locale.ROOT) : "";
		Map<String, Object> parameters = new HashMap<>();
		Map<String, BotApiRequest.Upload> uploads = new HashMap<>();
		if (type.startsWith("application/json")) {
			String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
			if (!body.isBlank()) {
				try {
					parameters.putAll(BotApiRequest.parseJson(body));
				}
				catch (RuntimeException ex) {
					throw BotApiError.badRequest("can't parse JSON object");
				}
			}
		}
		else if (type.startsWith("multipart/")) {
			for (Part part : request.getParts()) {
				byte[] content = StreamUtils.copyToByteArray(part.getInputStream());
				if (part.getSubmittedFileName() != null) {
					uploads.put(part.getName(), new BotApiRequest.Upload(part.getSubmittedFileName(), content));
				}
				else {
					parameters.put(part.getName(), new String(content, StandardCharsets.UTF_8));
				}
			}
		}
		request.getParameterMap().forEach((name, values) -> parameters.putIfAbsent(name, values[0]));
		return new BotApiRequest(parameters, uploads);
	}

}
