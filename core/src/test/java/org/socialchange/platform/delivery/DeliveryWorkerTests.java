package org.socialchange.platform.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.cluster.Cluster;
import org.socialchange.platform.delivery.SendOutcome.Blocked;
import org.socialchange.platform.delivery.SendOutcome.RateLimited;
import org.socialchange.platform.delivery.SendOutcome.Rejected;
import org.socialchange.platform.delivery.SendOutcome.Sent;
import org.socialchange.platform.delivery.SendOutcome.Unavailable;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worker against the real outbox table, with Telegram and the educators feature
 * replaced by fakes: delivery depends on no feature.
 */
@PostgresJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@RecordApplicationEvents
@Import(DeliveryManagement.class)
class DeliveryWorkerTests {

	static final Clock CLOCK = Clock.systemUTC();

	@Autowired
	DeliveryManagement management;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	final FakeTelegram telegram = new FakeTelegram();

	final FakeRecipients recipients = new FakeRecipients();

	long source = System.nanoTime();

	Cluster cluster;

	Outcomes outcomes;

	@BeforeEach
	void joinTheCluster() {
		this.cluster = new Cluster(this.dataSource);
		this.outcomes = new Outcomes(this.jdbc, this.transactions, this.publisher);
	}

	@Test
	void sendsEveryDueMessageOnceWithItsTextAndLinkAndRecordsTheMessageId() {
		long[] chats = { educator(), educator(), educator() };
		enqueue(Instant.now(), null, chats);

		drain(worker(), Duration.ofSeconds(10));

		assertThat(this.telegram.sentTo()).containsExactlyInAnyOrder(chats[0], chats[1], chats[2]);
		assertThat(this.telegram.messages.get(0).text()).isEqualTo("Hello");
		assertThat(this.telegram.messages.get(0).hasLink()).isTrue();
		assertThat(counts()).containsEntry(DeliveryState.SENT, 3L).containsEntry(DeliveryState.PENDING, 0L);
		assertThat(this.jdbc.queryForList("select telegram_message_id from deliveries where source_id = ?", Long.class,
				this.source))
			.doesNotContainNull();
	}

	@Test
	void leavesAMessageAloneBeforeItsTime() {
		enqueue(Instant.now().plusSeconds(3600), null, educator());

		assertThat(worker().sendDue()).isZero();
		assertThat(this.telegram.messages).isEmpty();
	}

	@Test
	void waitsTheRetryAfterOfA429BeforeTryingThatChatAgain() {
		long chat = educator();
		this.telegram.answer = (message) -> (this.telegram.messages.size() == 1)
				? new RateLimited(Duration.ofSeconds(2)) : new Sent(this.telegram.messages.size());
		enqueue(Instant.now(), null, chat);

		drain(worker(), Duration.ofSeconds(10));

		assertThat(this.telegram.times).hasSize(2);
		assertThat(this.telegram.times.get(1) - this.telegram.times.get(0))
			.isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1900));
		assertThat(counts()).containsEntry(DeliveryState.SENT, 1L);
	}

	@Test
	void announcesABlockedChatOn403AndNeverRetries() {
		long chat = educator();
		this.telegram.answer = (message) -> new Blocked("Forbidden: bot was blocked by the user");
		enqueue(Instant.now(), null, chat);

		DeliveryWorker worker = worker();
		drain(worker, Duration.ofSeconds(5));
		worker.sendDue();

		assertThat(this.telegram.messages).hasSize(1);
		assertThat(counts()).containsEntry(DeliveryState.BLOCKED, 1L);
		assertThat(this.events.stream(ChatBlocked.class)).containsExactly(new ChatBlocked(ChatId.of(chat)));
	}

	@Test
	void failsWithoutRetryWhenTheChatIsNotFound() {
		this.telegram.answer = (message) -> new Rejected("Bad Request: chat not found");
		enqueue(Instant.now(), null, 999_000_000L + this.source % 1000);

		drain(worker(), Duration.ofSeconds(5));

		assertThat(this.telegram.messages).hasSize(1);
		assertThat(counts()).containsEntry(DeliveryState.FAILED, 1L);
	}

	@Test
	void retriesNetworkFailuresWithBackoffUntilTheExpiryThenExpires() {
		this.telegram.answer = (message) -> new Unavailable("connect timed out");
		enqueue(Instant.now(), Instant.now().plusMillis(1500), educator());

		drain(worker(), Duration.ofSeconds(10));

		assertThat(this.telegram.messages.size()).isBetween(2, 6);
		assertThat(counts()).containsEntry(DeliveryState.EXPIRED, 1L);
	}

	@Test
	void resumesByItselfWhenTelegramComesBack() {
		long chat = educator();
		this.telegram.answer = (message) -> (this.telegram.messages.size() <= 3) ? new Unavailable("HTTP 502")
				: new Sent(1);
		enqueue(Instant.now(), null, chat);

		drain(worker(), Duration.ofSeconds(10));

		assertThat(this.telegram.messages).hasSize(4);
		assertThat(counts()).containsEntry(DeliveryState.SENT, 1L);
	}

	@Test
	void cancelStopsWhatIsNotYetSent() {
		enqueue(Instant.now().plusSeconds(60), null, educator(), educator(), educator());

		assertThat(this.management.cancel("test", this.source, "cancelled by ana@example.org")).isEqualTo(3);

		assertThat(worker().sendDue()).isZero();
		assertThat(counts()).containsEntry(DeliveryState.CANCELLED, 3L);
		assertThat(this.telegram.messages).isEmpty();
	}

	@Test
	void neverSendsToAnEducatorWhoErasedThemselvesOrPaused() {
		long erased = educator();
		long paused = educator();
		long reachable = educator();
		enqueue(Instant.now(), null, erased, paused, reachable);
		this.recipients.unreachable.addAll(Set.of(erased, paused));

		drain(worker(), Duration.ofSeconds(5));

		assertThat(this.telegram.sentTo()).containsExactly(reachable);
		assertThat(counts()).containsEntry(DeliveryState.CANCELLED, 2L).containsEntry(DeliveryState.SENT, 1L);
	}

	@Test
	void recordsEachOutcomeAsTelegramAnswersSoAFailureMidBatchLeavesOnlyTheRestPending() {
		long[] chats = { educator(), educator(), educator(), educator() };
		enqueue(Instant.now(), null, chats);
		this.telegram.answer = (message) -> {
			if (this.telegram.messages.size() == 3) {
				// what the outbox holds while the third message is on the wire
				assertThat(counts()).containsEntry(DeliveryState.SENT, 2L).containsEntry(DeliveryState.PENDING, 2L);
				throw new IllegalStateException("the process dies here");
			}
			return new Sent(this.telegram.messages.size());
		};

		assertThatThrownBy(worker()::sendDue).hasMessageContaining("the process dies here");

		assertThat(counts()).containsEntry(DeliveryState.SENT, 2L).containsEntry(DeliveryState.PENDING, 2L);
		this.telegram.answer = (message) -> new Sent(this.telegram.messages.size());
		drain(worker(), Duration.ofSeconds(5));
		assertThat(counts()).containsEntry(DeliveryState.SENT, 4L);
		assertThat(this.telegram.sentTo()).hasSize(5)
			.containsOnly(java.util.Arrays.stream(chats).boxed().toArray(Long[]::new));
	}

	@Test
	void takesOverWhatADeadInstanceHadClaimedButNotWhatALiveOneHolds() {
		long alive = educator();
		long dead = educator();
		enqueue(Instant.now(), null, alive, dead);
		Cluster other = new Cluster(this.dataSource);
		try {
			this.jdbc.update("update deliveries set claimed_by = ? where source_id = ? and chat_id = ?",
					other.instanceKey(), this.source, alive);
			// no session holds this key: its instance died
			this.jdbc.update("update deliveries set claimed_by = ? where source_id = ? and chat_id = ?", 4242L,
					this.source, dead);

			worker().sendDue();

			assertThat(this.telegram.sentTo()).containsExactly(dead);
		}
		finally {
			other.destroy();
		}
		// the other instance is gone now: its claim is free
		drain(worker(), Duration.ofSeconds(5));
		assertThat(this.telegram.sentTo()).containsExactly(dead, alive);
	}

	DeliveryWorker worker() {
		DeliverySettings settings = new DeliverySettings(30, false, 1000, Duration.ofSeconds(1), 20, 0.02, 1, 4,
				Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1), true);
		return new DeliveryWorker(this.telegram, new RateLimits(settings), this.recipients, this.outcomes, settings,
				CLOCK, this.jdbc, this.cluster);
	}

	@AfterEach
	void leaveTheCluster() {
		this.outcomes.close();
		this.cluster.destroy();
	}

	/** Runs the worker until nothing of this test is pending any more. */
	void drain(DeliveryWorker worker, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (counts().get(DeliveryState.PENDING) > 0) {
			assertThat(System.nanoTime()).as("everything sent in time").isLessThan(deadline);
			if (worker.sendDue() == 0) {
				sleep(20);
			}
		}
	}

	Map<DeliveryState, Long> counts() {
		return this.management.countByState("test", this.source);
	}

	void enqueue(Instant notBefore, Instant expiresAt, long... chats) {
		List<NewDelivery> messages = new ArrayList<>();
		for (long chat : chats) {
			// in these tests an educator's id is their chat's; other chats belong to none
			EducatorId educator = this.recipients.known.contains(chat) ? EducatorId.of(chat) : null;
			messages.add(new NewDelivery(educator, ChatId.of(chat), "Hello", "Read more", "https://example.org",
					notBefore, expiresAt));
		}
		this.management.enqueue("test", this.source, 0, messages);
	}

	/** A new educator's chat (their id too). */
	long educator() {
		long id = Math.abs(System.nanoTime() % 1_000_000_000L) + 1;
		this.recipients.known.add(id);
		return id;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Telegram as the worker sees it: records every message and answers as scripted. */
	static class FakeTelegram implements DeliveryChannel {

		final List<OutgoingMessage> messages = Collections.synchronizedList(new ArrayList<>());

		final List<Long> times = Collections.synchronizedList(new ArrayList<>());

		final Map<Long, Integer> ids = new ConcurrentHashMap<>();

		Function<OutgoingMessage, SendOutcome> answer = (message) -> new Sent(this.messages.size());

		@Override
		public SendOutcome send(OutgoingMessage message) {
			this.messages.add(message);
			this.times.add(System.nanoTime());
			return this.answer.apply(message);
		}

		List<Long> sentTo() {
			return this.messages.stream().map((message) -> message.chatId().value()).toList();
		}

	}

	/**
	 * The educators feature as the worker sees it: everyone known is reachable unless
	 * made unreachable (paused, erased, blocked).
	 */
	static class FakeRecipients implements Recipients {

		final Set<Long> known = ConcurrentHashMap.newKeySet();

		final Set<Long> unreachable = ConcurrentHashMap.newKeySet();

		@Override
		public Set<EducatorId> reachable(Collection<EducatorId> educators) {
			return educators.stream()
				.filter((educator) -> this.known.contains(educator.value())
						&& !this.unreachable.contains(educator.value()))
				.collect(Collectors.toSet());
		}

	}

}
