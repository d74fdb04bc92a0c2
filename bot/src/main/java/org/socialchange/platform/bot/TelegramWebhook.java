package org.socialchange.platform.bot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The webhook Telegram calls with each update, served at exactly one path. Only a POST of
 * JSON (else 405, 415) that carries the secret in {@code X-Telegram-Bot-Api-Secret-Token}
 * (else 401, compared in constant time and before a byte of the body is read) and holds
 * one update (else 400; at most {@link #MAX_BODY} bytes, else 413) is taken in: the
 * update goes through the same {@link UpdateIntake} as polled ones (stored once, handled
 * later in its chat's order) and Telegram is answered 200 as soon as it is stored, so a
 * redelivery after a lost answer is recognised and a slow handler never holds Telegram
 * up. A plain servlet, not Spring MVC: Spring's Jackson 3 cannot read the library's
 * {@link Update}, and the checks must come before the body is read.
 */
class TelegramWebhook extends HttpServlet {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	/** Far above any update Telegram sends (a message is at most 4096 characters). */
	static final int MAX_BODY = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	private static final ObjectReader UPDATE = TelegramJson.MAPPER.readerFor(Update.class)
		.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private final transient UpdateIntake intake;

	private final byte[] secret;

	TelegramWebhook(UpdateIntake intake, String secret) {
		this.intake = intake;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!"POST".equals(request.getMethod())) {
			response.setHeader("Allow", "POST");
			response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		if (!authentic(request.getHeader(SECRET_HEADER))) {
			log.debug("Refused a webhook call from {} without the right secret", request.getRemoteAddr());
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		if (!json(request.getContentType())) {
			response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		Update update = parse(new String(body, StandardCharsets.UTF_8));
		if (update == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		this.intake.consume(List.of(update));
		response.setStatus(HttpServletResponse.SC_OK);
	}

	private boolean authentic(String presented) {
		return presented != null && MessageDigest.isEqual(this.secret, presented.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean json(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The update the body holds, or null when it holds none. */
	private static Update parse(String body) {
		try {
			Update update = UPDATE.readValue(body);
			if (update == null || update.getUpdateId() == null) {
				log.warn("Refused a webhook call that holds no update");
				return null;
			}
			return update;
		}
		catch (JacksonException ex) {
			log.warn("Refused a webhook call that holds no update: {}", ex.getOriginalMessage());
			return null;
		}
	}

}
