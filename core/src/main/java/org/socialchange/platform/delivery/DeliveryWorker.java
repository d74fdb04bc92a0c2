package org.socialchange.platform.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.delivery.SendOutcome.Blocked;
import org.socialchange.platform.delivery.SendOutcome.Migrated;
import org.socialchange.platform.delivery.SendOutcome.RateLimited;
import org.socialchange.platform.delivery.SendOutcome.Rejected;
import org.socialchange.platform.delivery.SendOutcome.Sent;
import org.socialchange.platform.delivery.SendOutcome.Unavailable;
import org.socialchange.platform.identity.EducatorId;

/**
 * Sends one batch of due outbox rows in one transaction: the rows stay locked ({@code FOR
 * UPDATE SKIP LOCKED}) while they are sent, so a crash rolls them back to pending and
 * only the messages of the open batches can go out twice. Who may still receive a message
 * is asked of {@link Recipients}; a chat that blocked the bot is announced with
 * {@link ChatBlocked}, published in the batch's transaction.
 */
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final Deliveries deliveries;

	private final DeliveryChannel channel;

	private final RateLimits limits;

	private final Recipients recipients;

	private final ApplicationEventPublisher events;

	private final DeliverySettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DeliveryWorker(Deliveries deliveries, DeliveryChannel channel, RateLimits limits, Recipients recipients,
			ApplicationEventPublisher events, DeliverySettings settings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.deliveries = deliveries;
		this.channel = channel;
		this.limits = limits;
		this.recipients = recipients;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Claims and sends one batch.
	 * @return how many rows were claimed; zero when nothing is due
	 */
	int sendDue() {
		Integer claimed = this.transactions.execute((status) -> {
			List<Delivery> batch = this.deliveries.claim(this.clock.instant(), this.settings.batch());
			Set<EducatorId> reachable = this.recipients
				.reachable(batch.stream().map(Delivery::educator).filter(Objects::nonNull).toList());
			for (Delivery delivery : batch) {
				try {
					send(delivery, reachable);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new WorkerStopped();
				}
			}
			return batch.size();
		});
		return (claimed != null) ? claimed : 0;
	}

	private void send(Delivery delivery, Set<EducatorId> reachable) throws InterruptedException {
		Instant now = this.clock.instant();
		if (delivery.expiredAt(now)) {
			delivery.expire(now);
			return;
		}
		if (delivery.educator() != null && !reachable.contains(delivery.educator())) {
			delivery.cancel("The educator paused messages, erased their data or blocked the bot", now);
			return;
		}
		Duration chatWait = this.limits.claimChat(delivery.chatId());
		if (!chatWait.isZero()) {
			delivery.postpone(now.plus(chatWait));
			return;
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
			this.events.publishEvent(new ChatBlocked(delivery.chat()));
		}
		else if (outcome instanceof Rejected rejected) {
			delivery.markFailed(rejected.description(), now);
		}
		else if (outcome instanceof Unavailable unavailable) {
			retryLater(delivery, unavailable.description(), now);
		}
		else if (outcome instanceof Migrated migrated) {
			this.events.publishEvent(new ChatMigrated(delivery.chat(), ChatId.of(migrated.newChatId())));
			delivery.moveTo(migrated.newChatId());
			delivery.retryAt(now, "The group became a supergroup");
		}
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
	 * Thrown out of a batch when the worker is stopped mid-send: the batch rolls back.
	 */
	static class WorkerStopped extends RuntimeException {

		WorkerStopped() {
			super("The delivery worker was stopped");
		}

	}

}
