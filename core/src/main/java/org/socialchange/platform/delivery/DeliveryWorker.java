package org.socialchange.platform.delivery;

import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.cluster.Cluster;
import org.socialchange.platform.delivery.SendOutcome.Blocked;
import org.socialchange.platform.delivery.SendOutcome.Migrated;
import org.socialchange.platform.delivery.SendOutcome.RateLimited;
import org.socialchange.platform.delivery.SendOutcome.Rejected;
import org.socialchange.platform.delivery.SendOutcome.Sent;
import org.socialchange.platform.delivery.SendOutcome.Unavailable;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;

/**
 * Claims a batch of due outbox rows for this instance, then sends them one by one and
 * writes each one's outcome as soon as Telegram answered it. A crash therefore leaves at
 * most the message this worker had on the wire sent but not recorded; the rest of its
 * batch is still pending, claimed by an instance that no longer holds its lock, which any
 * instance takes again at once ({@link Cluster}). Who may still receive a message is
 * asked of {@link Recipients}; a chat that blocked the bot is announced with
 * {@link ChatBlocked}, in the transaction that records it.
 */
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final String CLAIM = """
			update deliveries set claimed_by = ? where id in (
			    select id from deliveries
			    where state = 'PENDING' and not_before <= ?
			      and (claimed_by is null or claimed_by not in (""" + Cluster.LIVE_INSTANCES + """
			))
			    order by priority desc, not_before, id
			    limit ?
			    for update skip locked)
			returning *""";

	private static final Comparator<Delivery> MOST_URGENT_FIRST = Comparator.comparing(Delivery::priority)
		.reversed()
		.thenComparing(Delivery::notBefore)
		.thenComparing(Delivery::id);

	private final DeliveryChannel channel;

	private final RateLimits limits;

	private final Recipients recipients;

	private final DeliverySettings settings;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final Cluster cluster;

	private final Outcomes outcomes;

	DeliveryWorker(DeliveryChannel channel, RateLimits limits, Recipients recipients, Outcomes outcomes,
			DeliverySettings settings, Clock clock, JdbcTemplate jdbc, Cluster cluster) {
		this.channel = channel;
		this.limits = limits;
		this.recipients = recipients;
		this.settings = settings;
		this.clock = clock;
		this.jdbc = jdbc;
		this.cluster = cluster;
		this.outcomes = outcomes;
	}

	/**
	 * Claims and sends one batch.
	 * @return how many rows were claimed; zero when nothing is due
	 */
	int sendDue() {
		long instance = this.cluster.instanceKey();
		List<Delivery> batch = claim(instance);
		if (batch.isEmpty()) {
			return 0;
		}
		Set<EducatorId> reachable = this.recipients
			.reachable(batch.stream().map(Delivery::educator).filter(Objects::nonNull).toList());
		Deque<Delivery> open = new ArrayDeque<>(batch);
		try {
			while (!open.isEmpty()) {
				send(open.peek(), reachable, instance);
				open.poll();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WorkerStopped();
		}
		finally {
			release(open, instance);
		}
		return batch.size();
	}

	/**
	 * Claims up to a batch of due pending rows that no live instance has claimed and no
	 * other worker is claiming, most urgent first, in one statement. The keys of the live
	 * instances are read once, not per row.
	 */
	private List<Delivery> claim(long instance) {
		List<Delivery> batch = this.jdbc.query(CLAIM, (row, index) -> Delivery.claimed(row), instance,
				Timestamp.from(this.clock.instant()), this.settings.batch());
		batch.sort(MOST_URGENT_FIRST);
		return batch;
	}

	/** What is left of a batch when the worker stops or fails waits for the next. */
	private void release(Deque<Delivery> open, long instance) {
		if (open.isEmpty()) {
			return;
		}
		try {
			this.jdbc.update("update deliveries set claimed_by = null where id = any(?) and claimed_by = ?",
					open.stream().map(Delivery::id).toArray(Long[]::new), instance);
		}
		catch (RuntimeException ex) {
			log.warn("{} claimed deliveries could not be released; they wait for this instance's restart", open.size(),
					ex);
		}
	}

	private void send(Delivery delivery, Set<EducatorId> reachable, long instance) throws InterruptedException {
		Object event = attempt(delivery, reachable);
		this.outcomes.record(delivery, instance, event);
	}

	/**
	 * Sends one delivery unless it expired, its educator can no longer be reached, or its
	 * chat must wait, and sets what came of it.
	 * @return the event the outcome announces (a blocked or migrated chat); or null
	 */
	private Object attempt(Delivery delivery, Set<EducatorId> reachable) throws InterruptedException {
		Instant now = this.clock.instant();
		if (delivery.expiredAt(now)) {
			delivery.expire(now);
			return null;
		}
		if (delivery.educator() != null && !reachable.contains(delivery.educator())) {
			delivery.cancel("The educator paused messages, erased their data or blocked the bot", now);
			return null;
		}
		Duration chatWait = this.limits.claimChat(delivery.chatId());
		if (!chatWait.isZero()) {
			delivery.postpone(now.plus(chatWait));
			return null;
		}
		this.limits.awaitGlobal(this.settings.paidBroadcast());
		SendOutcome outcome = this.channel.send(delivery.message(this.settings.paidBroadcast()));
		now = this.clock.instant();
		if (outcome instanceof Sent sent) {
			delivery.markSent(sent.messageId(), now);
		}
		else if (outcome instanceof RateLimited limited) {
			this.limits.tooManyRequests(delivery.chatId(), limited.retryAfter());
			delivery.retryAt(now.plus(limited.retryAfter()), "429 Too Many Requests");
		}
		else if (outcome instanceof Blocked blocked) {
			delivery.markBlocked(blocked.description(), now);
			return new ChatBlocked(delivery.chat());
		}
		else if (outcome instanceof Rejected rejected) {
			delivery.markFailed(rejected.description(), now);
		}
		else if (outcome instanceof Unavailable unavailable) {
			retryLater(delivery, unavailable.description(), now);
		}
		else if (outcome instanceof Migrated migrated) {
			ChatMigrated event = new ChatMigrated(delivery.chat(), ChatId.of(migrated.newChatId()));
			delivery.moveTo(migrated.newChatId());
			delivery.retryAt(now, "The group became a supergroup");
			return event;
		}
		return null;
	}

	private void retryLater(Delivery delivery, String error, Instant now) {
		Duration backoff = this.settings.backoff(delivery.attempts() + 1);
		Instant next = now.plus(backoff);
		if (delivery.worthTryingAt(next)) {
			delivery.retryAt(next, error);
		}
		else {
			delivery.expire(now);
		}
		// Telegram is likely unreachable: hold every chat back a little,
		// so a long outage does not cost a timeout per message.
		this.limits.pauseAll(this.settings.backoffBase());
		log.debug("Delivery {} will be retried: {}", delivery.id(), error);
	}

	/**
	 * Thrown out of a batch when the worker is stopped mid-send: what it had not sent is
	 * released.
	 */
	static class WorkerStopped extends RuntimeException {

		WorkerStopped() {
			super("The delivery worker was stopped");
		}

	}

}
