package org.socialchange.platform.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.StreamUtils;

/**
 * The Bot API endpoint of the sandbox, {@code /sandbox/telegram/bot<token>/<method>}, in
 * Telegram's response format; method names are case-insensitive as in Telegram. It is the
 * first filter of the web application and answers by itself, once {@link SandboxAccess}
 * admitted the caller: none of the admin web's filters (security, observations) nor
 * Spring MVC run for it. Telegram's stand-in shares the machine with the platform, and
 * each call should cost it little, as a call to Telegram costs the platform nothing but
 * the network.
 */
class SandboxBotApi extends HttpFilter {

	static final String PATH = "/sandbox/telegram";

	private static final Logger log = LoggerFactory.getLogger(SandboxBotApi.class);

	private static final Pattern CALL = Pattern.compile("/bot([^/]*)/([^/]+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SandboxTelegram telegram;

	private final Duration latency;

	private final SandboxAccess access;

	SandboxBotApi(SandboxTelegram telegram, Duration latency, SandboxAccess access) {
		this.telegram = telegram;
		this.latency = latency;
		this.access = access;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		if (this.access.admit(request, response)) {
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		String method = null;
		BotApiError error = null;
		try {
			// the decoded path within the application, as Spring MVC matched it before
			String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
			Matcher call = CALL.matcher(path.substring(Math.min(PATH.length(), path.length())));
			if (!call.matches()) {
				throw new BotApiError(404, "Not Found");
			}
			method = call.group(2);
			if (!SandboxMode.TOKEN.equals(call.group(1))) {
				throw new BotApiError(401, "Unauthorized");
			}
			if (!this.latency.isZero()) {
				Thread.sleep(this.latency.toMillis());
			}
			Object result = invokeChecked(method.toLowerCase(Locale.ROOT), read(request));
			body.put("ok", true);
			body.put("result", result);
		}
		catch (BotApiError refused) {
			log.debug("Sandbox {} answered {} {}", method, refused.code(), refused.getMessage());
			error = refused;
		}
		catch (RuntimeException ex) {
			log.error("Sandbox {} failed", method, ex);
			error = new BotApiError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal Server Error");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		if (error != null) {
			body.put("ok", false);
			body.put("error_code", error.code());
			body.put("description", error.getMessage());
			if (error.retryAfter() != null) {
				body.put("parameters", Map.of("retry_after", error.retryAfter()));
			}
			if (error.migrateToChatId() != null) {
				body.put("parameters", Map.of("migrate_to_chat_id", error.migrateToChatId()));
			}
		}
		response.setStatus((error != null) ? error.code() : HttpServletResponse.SC_OK);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		byte[] json = JSON.writeValueAsBytes(body);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	/** Parameters that are not what Telegram expects (a malformed keyboard) get 400. */
	private Object invokeChecked(String method, BotApiRequest request) throws InterruptedException {
		try {
			return invoke(method, request);
		}
		catch (JacksonException | ClassCastException ex) {
			throw BotApiError.badRequest("can't parse JSON object");
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

	private static BotApiRequest read(HttpServletRequest request) throws IOException {
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
			for (Part part : parts(request)) {
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

	private static Collection<Part> parts(HttpServletRequest request) throws IOException {
		try {
			return request.getParts();
		}
		catch (ServletException | IllegalStateException ex) {
			// a malformed or oversized body, as Telegram refuses it
			throw BotApiError.badRequest("can't parse multipart request");
		}
	}

}
