package org.socialchange.platform.monitoring;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps bot tokens and configured passwords out of every log line, whatever the format
 * (plain or JSON) and whoever logs (our code, TelegramBots, OkHttp, Spring): an HTTP
 * client's exception can carry the request URL, and the Bot API puts the token into it
 * ({@code /bot123456:AA.../sendMessage}). A log event that shows a secret in its message,
 * its arguments or its exceptions is written with the secret replaced by {@value #MASK}
 * instead; an exception then appears as one of {@link MaskedException} whose message
 * begins with the original class name, with the original stack trace. Everything else
 * passes untouched, so the cost for an ordinary line is one search.
 * <p>
 * A token is anything shaped like one (the bot's numeric id, a colon, the secret), so a
 * token of another bot or one given in a URL is masked too; passwords are masked as
 * configured ({@link SecretMaskingInstaller}).
 */
final class SecretMasking extends TurboFilter {

	static final String MASK = "******";

	/** A bot token: its numeric id, kept, and the secret after the colon. */
	private static final Pattern TOKEN = Pattern.compile("(?<![0-9])([0-9]{6,}):[A-Za-z0-9_-]{5,}");

	/** Configured secrets shorter than this are not masked: they would mask words. */
	static final int SHORTEST_SECRET = 8;

	private static final Set<String> secrets = new CopyOnWriteArraySet<>();

	private static final String FQCN = Logger.class.getName();

	/** Masks values shaped like a bot token, and these secrets, from now on. */
	static void addSecrets(Iterable<String> values) {
		for (String value : values) {
			if (value != null && value.strip().length() >= SHORTEST_SECRET) {
				secrets.add(value.strip());
			}
		}
	}

	/** The text with every token and configured secret replaced. */
	static String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = text;
		for (String secret : secrets) {
			masked = masked.replace(secret, MASK);
		}
		Matcher token = TOKEN.matcher(masked);
		return token.find() ? token.replaceAll("$1:" + MASK) : masked;
	}

	static boolean showsSecret(String text) {
		return text != null && !text.equals(mask(text));
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable throwable) {
		if (level == null || format == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		// with no explicit throwable, a last argument that is one is the event's
		FormattingTuple formatted = (throwable != null) ? MessageFormatter.arrayFormat(format, params, throwable)
				: MessageFormatter.arrayFormat(format, params);
		Throwable failure = (throwable != null) ? throwable : formatted.getThrowable();
		if (!showsSecret(formatted.getMessage()) && !showsSecret(failure)) {
			return FilterReply.NEUTRAL;
		}
		LoggingEvent event = new LoggingEvent(FQCN, logger, level, mask(formatted.getMessage()),
				(failure != null) ? masked(failure) : null, null);
		if (marker != null) {
			event.addMarker(marker);
		}
		logger.callAppenders(event);
		return FilterReply.DENY;
	}

	private static boolean showsSecret(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (showsSecret(cause.toString())) {
				return true;
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (showsSecret(suppressed)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The exception and its causes as masked copies, with their stack traces. */
	static MaskedException masked(Throwable failure) {
		MaskedException copy = new MaskedException(mask(failure.toString()));
		copy.setStackTrace(failure.getStackTrace());
		if (failure.getCause() != null && failure.getCause() != failure) {
			copy.initCause(masked(failure.getCause()));
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			copy.addSuppressed(masked(suppressed));
		}
		return copy;
	}

	/**
	 * An exception that showed a secret, masked: its message begins with the original
	 * class name.
	 */
	static final class MaskedException extends RuntimeException {

		MaskedException(String originalWithClassName) {
			super(originalWithClassName);
		}

	}

}
