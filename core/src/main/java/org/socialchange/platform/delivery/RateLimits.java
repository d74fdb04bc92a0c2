package org.socialchange.platform.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The one rate limiter of everything the bot sends, interactive replies and bulk alike:
 * Telegram's global limit (a free and a paid-broadcast bucket, each paced a little under
 * the limit), one message per interval per private chat, a few per minute per group, and
 * the waits Telegram asks for with 429. Interactive replies take the next free slot of
 * the global limit ahead of bulk traffic, which steps aside while any reply waits; so a
 * burst of replies never exceeds the limit either. The global buckets are shared by every
 * instance on the database ({@link SharedRateLimits}); a chat's own limit is this
 * instance's, as the chat's updates and most of its messages are.
 */
public class RateLimits {

	private static final long CLEANUP_THRESHOLD = 50_000;

	/** How long bulk traffic steps aside at a time while replies wait. */
	private static final long REPLY_YIELD_MILLIS = 2;

	/** How long paid slots taken ahead stay usable. */
	private static final long PAID_SLOT_LIFETIME = TimeUnit.MILLISECONDS.toNanos(100);

	private final DeliverySettings settings;

	private final Bucket free;

	private final Bucket paid;

	/** The time between two slots of the free global limit. */
	private final long freeInterval;

	private final ReentrantLock paidLock = new ReentrantLock();

	/** How many paid slots are taken at once: the paid bucket's capacity. */
	private final long paidChunk;

	private long paidLeft;

	private long paidTakenAt;

	private final Map<Long, ChatLimit> chats = new ConcurrentHashMap<>();

	private final AtomicLong pausedUntil = new AtomicLong(System.nanoTime());

	private final AtomicInteger waitingReplies = new AtomicInteger();

	/** With global buckets of this instance alone (one instance, tests). */
	public RateLimits(DeliverySettings settings) {
		this(settings, local(free(settings)), local(paid(settings)));
	}

	RateLimits(DeliverySettings settings, Bucket free, Bucket paid) {
		this.settings = settings;
		this.free = free;
		this.paid = paid;
		this.paidChunk = capacity(settings.paidPerSecond() * (1 - settings.headroom()));
		this.freeInterval = Math
			.round(TimeUnit.SECONDS.toNanos(1) / (settings.globalPerSecond() * (1 - settings.headroom())));
	}

	/** Telegram's global limit, a little under it. */
	static BucketConfiguration free(DeliverySettings settings) {
		return global(settings.globalPerSecond() * (1 - settings.headroom()));
	}

	/** The paid-broadcast limit, a little under it. */
	static BucketConfiguration paid(DeliverySettings settings) {
		return global(settings.paidPerSecond() * (1 - settings.headroom()));
	}

	private static Bucket local(BucketConfiguration configuration) {
		return Bucket.builder().addLimit(configuration.getBandwidths()[0]).withNanosecondPrecision().build();
	}

	/** A burst of at most 20 ms worth: no second ever holds more than the limit. */
	private static long capacity(double perSecond) {
		return Math.max(1, (long) Math.floor(perSecond / 50));
	}

	private static BucketConfiguration global(double perSecond) {
		long capacity = capacity(perSecond);
		long nanosPerToken = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / perSecond));
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(1, Duration.ofNanos(nanosPerToken)))
			.build();
	}

	/**
	 * Waits for the global limit's next slot for an interactive reply to a user's own
	 * action, ahead of bulk traffic; the reply is not held back by its chat's own limit
	 * (the user is waiting for it), but it counts there.
	 */
	public void reply(long chatId) {
		this.waitingReplies.incrementAndGet();
		try {
			this.free.asBlocking().consumeUninterruptibly(1);
		}
		finally {
			this.waitingReplies.decrementAndGet();
		}
		chat(chatId).use(System.nanoTime(), true);
	}

	/**
	 * Takes the chat's turn for a bulk message: zero when it may be sent now, otherwise
	 * how long to wait for this chat.
	 */
	public Duration claimChat(long chatId) {
		return chat(chatId).claim(System.nanoTime());
	}

	/**
	 * Blocks until the global limit (free or paid) and any global pause allow one more.
	 */
	public void awaitGlobal(boolean paidBroadcast) throws InterruptedException {
		long pause = this.pausedUntil.get() - System.nanoTime();
		if (pause > 0) {
			TimeUnit.NANOSECONDS.sleep(pause);
		}
		if (paidBroadcast) {
			awaitPaid();
			return;
		}
		// Bulk traffic reserves only the next slot, and only when it is near (a reply
		// queues behind at most one reserved slot, not behind every waiting worker); it
		// takes a slot only while no reply waits for one. Reserving the next slot ahead
		// keeps the limit used to the full when the bucket is in the database, where a
		// take costs a round trip.
		while (true) {
			if (this.waitingReplies.get() > 0) {
				TimeUnit.MILLISECONDS.sleep(REPLY_YIELD_MILLIS);
				continue;
			}
			ConsumptionProbe probe = this.free.tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				return;
			}
			long lookahead = this.freeInterval;
			if (probe.getNanosToWaitForRefill() <= lookahead
					&& this.free.asBlocking().tryConsume(1, Duration.ofNanos(lookahead))) {
				return;
			}
			TimeUnit.NANOSECONDS.sleep(Math.max(TimeUnit.MILLISECONDS.toNanos(REPLY_YIELD_MILLIS) / 2,
					probe.getNanosToWaitForRefill() - lookahead));
		}
	}

	/**
	 * Paid slots come from the bucket a burst's worth at a time (20 ms of the limit), so
	 * a bucket in the database is asked about fifty times a second rather than a
	 * thousand; slots not used within 100 ms (the senders had nothing to send) are
	 * dropped, never saved up. At most one burst is held, so no second holds more than
	 * the limit and one burst.
	 */
	private void awaitPaid() throws InterruptedException {
		this.paidLock.lockInterruptibly();
		try {
			long now = System.nanoTime();
			if (this.paidLeft == 0 || now - this.paidTakenAt > PAID_SLOT_LIFETIME) {
				long chunk = this.paidChunk;
				this.paid.asBlocking().consume(chunk);
				this.paidLeft = chunk;
				this.paidTakenAt = System.nanoTime();
			}
			this.paidLeft--;
		}
		finally {
			this.paidLock.unlock();
		}
	}

	/**
	 * Telegram answered 429: nothing more to this chat before {@code retryAfter}, and to
	 * no one when the chat had been quiet (so the limit that was hit must be the global
	 * one).
	 */
	public void tooManyRequests(long chatId, Duration retryAfter) {
		ChatLimit chat = chat(chatId);
		long now = System.nanoTime();
		chat.pause(now + retryAfter.toNanos());
		if (chat.wasQuiet(interval(chatId).toNanos())) {
			pauseAll(retryAfter);
		}
	}

	/** Holds every bulk message back for a while (global 429, Telegram unreachable). */
	public void pauseAll(Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		this.pausedUntil.accumulateAndGet(until, (current, next) -> (next - current > 0) ? next : current);
	}

	/** How long bulk sending is paused for everyone; zero when it is not. */
	public Duration globalPause() {
		return Duration.ofNanos(Math.max(0, this.pausedUntil.get() - System.nanoTime()));
	}

	private Duration interval(long chatId) {
		return (chatId < 0) ? Duration.ofMinutes(1).dividedBy(Math.max(1, this.settings.groupPerMinute()))
				: this.settings.privateChatInterval();
	}

	private ChatLimit chat(long chatId) {
		if (this.chats.size() > CLEANUP_THRESHOLD) {
			long now = System.nanoTime();
			this.chats.values().removeIf((chat) -> chat.idleLongerThan(now, TimeUnit.MINUTES.toNanos(2)));
		}
		return this.chats.computeIfAbsent(chatId, (id) -> new ChatLimit(interval(id)));
	}

	/** One chat's own limit and pause. */
	private static final class ChatLimit {

		private final Bucket bucket;

		private long lastUse;

		private long previousUse;

		private long pausedUntil;

		ChatLimit(Duration interval) {
			this.bucket = Bucket.builder()
				.addLimit((limit) -> limit.capacity(1).refillGreedy(1, interval))
				.withNanosecondPrecision()
				.build();
			this.lastUse = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
			this.previousUse = this.lastUse;
			this.pausedUntil = this.lastUse;
		}

		synchronized Duration claim(long now) {
			if (this.pausedUntil - now > 0) {
				return Duration.ofNanos(this.pausedUntil - now);
			}
			ConsumptionProbe probe = this.bucket.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				return Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
			}
			use(now, false);
			return Duration.ZERO;
		}

		synchronized void use(long now, boolean ignoringLimit) {
			if (ignoringLimit) {
				this.bucket.consumeIgnoringRateLimits(1);
			}
			this.previousUse = this.lastUse;
			this.lastUse = now;
		}

		synchronized void pause(long until) {
			if (until - this.pausedUntil > 0) {
				this.pausedUntil = until;
			}
		}

		synchronized boolean wasQuiet(long interval) {
			return this.lastUse - this.previousUse >= interval;
		}

		synchronized boolean idleLongerThan(long now, long idle) {
			return now - this.lastUse > idle && now - this.pausedUntil > 0;
		}

	}

}
