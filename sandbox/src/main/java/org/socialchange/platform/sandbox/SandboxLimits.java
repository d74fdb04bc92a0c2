package org.socialchange.platform.sandbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Telegram's flood control as the sandbox plays it: a token bucket per limit (in all, per
 * private chat, per group), and a 429 with the whole seconds to wait when one is empty.
 * Guarded by the sandbox's monitor.
 */
class SandboxLimits {

	private final SandboxSettings settings;

	private final Bucket free;

	private final Bucket paid;

	private final Map<Long, Bucket> chats = new HashMap<>();

	private long tooManyRequests;

	private long accepted;

	private long acceptedPaid;

	SandboxLimits(SandboxSettings settings) {
		this.settings = settings;
		this.free = perSecond(settings.globalPerSecond(), settings.globalPerSecond());
		this.paid = perSecond(settings.paidPerSecond(), settings.paidPerSecond());
	}

	private static Bucket perSecond(long capacity, long perSecond) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity)
				.refillGreedy(1, Duration.ofNanos(TimeUnit.SECONDS.toNanos(1) / perSecond)))
			.withNanosecondPrecision()
			.build();
	}

	private static Bucket perMinute(int count) {
		int capacity = Math.max(1, count);
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)))
			.build();
	}

	/**
	 * Counts one message to a chat (a group when negative), or answers 429 when a limit
	 * is exceeded.
	 */
	void message(long chatId, boolean paidBroadcast) {
		messages(chatId, paidBroadcast, 1);
	}

	/**
	 * Counts the messages of an album, each one message as in Telegram, or answers 429
	 * and counts none when a limit is exceeded. An album larger than a bucket goes
	 * through when the bucket is full, leaving it in debt, so the next message waits.
	 */
	void messages(long chatId, boolean paidBroadcast, int count) {
		if (this.settings.limits()) {
			int chatCapacity = (chatId < 0) ? Math.max(1, this.settings.groupPerMinute())
					: Math.max(1, this.settings.privateChatBurst());
			Bucket chat = this.chats.computeIfAbsent(chatId,
					(id) -> (id < 0) ? perMinute(this.settings.groupPerMinute()) : perSecond(chatCapacity, 1));
			Bucket global = paidBroadcast ? this.paid : this.free;
			int globalCapacity = paidBroadcast ? this.settings.paidPerSecond() : this.settings.globalPerSecond();
			long fromGlobal = Math.min(count, Math.max(1, globalCapacity));
			ConsumptionProbe probe = global.tryConsumeAndReturnRemaining(fromGlobal);
			if (!probe.isConsumed()) {
				throw tooMany(probe.getNanosToWaitForRefill());
			}
			long fromChat = Math.min(count, chatCapacity);
			ConsumptionProbe chatProbe = chat.tryConsumeAndReturnRemaining(fromChat);
			if (!chatProbe.isConsumed()) {
				global.addTokens(fromGlobal);
				throw tooMany(chatProbe.getNanosToWaitForRefill());
			}
			if (count > fromGlobal) {
				global.consumeIgnoringRateLimits(count - fromGlobal);
			}
			if (count > fromChat) {
				chat.consumeIgnoringRateLimits(count - fromChat);
			}
		}
		this.accepted += count;
		if (paidBroadcast) {
			this.acceptedPaid += count;
		}
	}

	private BotApiError tooMany(long nanos) {
		this.tooManyRequests++;
		long seconds = Math.max(1, (long) Math.ceil(nanos / 1e9));
		return new BotApiError(429, "Too Many Requests: retry after " + seconds, seconds);
	}

	Map<String, Object> stats() {
		return Map.of("accepted", this.accepted, "acceptedPaid", this.acceptedPaid, "tooManyRequests",
				this.tooManyRequests);
	}

}
