package org.socialchange.platform.bot;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import org.socialchange.platform.delivery.SendOutcome;

/**
 * What the bot counts for monitoring (README, Monitoring): updates handled and how long
 * each took, handlers that failed, and per kind of traffic (bulk messages of the delivery
 * engine, replies to a user's own action) the messages Telegram accepted and its 429 and
 * 403 answers. Every meter is registered at start, so a rate is zero rather than absent
 * before the first event.
 */
@Component
public class BotMetrics {

	/** Timer: updates handled, and how long their handling took. */
	public static final String UPDATES_HANDLED = "platform.updates.handled";

	/** Counter: updates whose handler failed (the user got an apology). */
	public static final String UPDATES_FAILED = "platform.updates.failed";

	/** Counter by kind: messages Telegram accepted. */
	public static final String MESSAGES_SENT = "platform.messages.sent";

	/** Counter by kind: 429 Too Many Requests answers. */
	public static final String RATE_LIMITED = "platform.telegram.rate.limited";

	/** Counter by kind: 403 answers (the user blocked the bot or is gone). */
	public static final String BLOCKED = "platform.telegram.blocked";

	/**
	 * The bounds of the handling-time histogram ({@code _bucket{le=...}}), for
	 * {@code histogram_quantile} in Prometheus: a handler answers within a few hundred
	 * milliseconds, a slow one takes seconds.
	 */
	static final Duration[] LATENCY_BUCKETS = Stream.of(10, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
		.map(Duration::ofMillis)
		.toArray(Duration[]::new);

	/** The kind of outgoing traffic, the {@code kind} tag of the send counters. */
	public enum Kind {

		/** The delivery engine's messages (broadcasts, prompts, digests, notices). */
		BULK,

		/** Replies to a user's own action. */
		REPLY;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final Timer handled;

	private final Counter failed;

	private final Map<Kind, Counter> sent = new EnumMap<>(Kind.class);

	private final Map<Kind, Counter> rateLimited = new EnumMap<>(Kind.class);

	private final Map<Kind, Counter> blocked = new EnumMap<>(Kind.class);

	BotMetrics(MeterRegistry registry) {
		this.handled = Timer.builder(UPDATES_HANDLED)
			.description("Telegram updates handled, and how long handling took")
			.serviceLevelObjectives(LATENCY_BUCKETS)
			.register(registry);
		this.failed = Counter.builder(UPDATES_FAILED)
			.description("Telegram updates whose handler failed")
			.register(registry);
		for (Kind kind : Kind.values()) {
			this.sent.put(kind,
					Counter.builder(MESSAGES_SENT)
						.description("Messages Telegram accepted")
						.tag("kind", kind.tag())
						.register(registry));
			this.rateLimited.put(kind,
					Counter.builder(RATE_LIMITED)
						.description("429 Too Many Requests answers of Telegram")
						.tag("kind", kind.tag())
						.register(registry));
			this.blocked.put(kind,
					Counter.builder(BLOCKED)
						.description("403 answers of Telegram: the user blocked the bot or the account is gone")
						.tag("kind", kind.tag())
						.register(registry));
		}
	}

	/**
	 * Handles an update, timing it; a handler's failure is counted and passed on.
	 */
	void handle(Runnable handling) {
		Timer.Sample sample = Timer.start();
		try {
			handling.run();
		}
		catch (RuntimeException ex) {
			this.failed.increment();
			throw ex;
		}
		finally {
			sample.stop(this.handled);
		}
	}

	/** Counts Telegram's answer to a bulk message of the delivery engine. */
	public void bulk(SendOutcome outcome) {
		if (outcome instanceof SendOutcome.Sent) {
			this.sent.get(Kind.BULK).increment();
		}
		else if (outcome instanceof SendOutcome.RateLimited) {
			this.rateLimited.get(Kind.BULK).increment();
		}
		else if (outcome instanceof SendOutcome.Blocked) {
			this.blocked.get(Kind.BULK).increment();
		}
	}

	/** Counts a reply Telegram accepted. */
	void replySent() {
		this.sent.get(Kind.REPLY).increment();
	}

	/**
	 * Counts a reply Telegram refused with this HTTP status (429 and 403 are counted).
	 */
	void replyRefused(Integer status) {
		if (status == null) {
			return;
		}
		if (status == 429) {
			this.rateLimited.get(Kind.REPLY).increment();
		}
		else if (status == 403) {
			this.blocked.get(Kind.REPLY).increment();
		}
	}

}
