package org.socialchange.platform.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the outcomes of every worker of this instance, together: the outcomes that
 * arrive while one commit is under way go in the next, one transaction and one flush to
 * disk for all of them (a commit waits for the disk, a few milliseconds, which one at a
 * time would cap sending at a few hundred messages a second). A worker waits until its
 * outcome is committed before it sends its next message, so a crash still leaves at most
 * one message per worker sent and not recorded. Events of an outcome
 * ({@link ChatBlocked}, {@link ChatMigrated}) are published in the transaction that
 * records it.
 */
class Outcomes implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

	private static final String RECORD = """
			update deliveries set state = ?, attempts = ?, not_before = ?, last_error = ?, telegram_message_id = ?,
			    finished_at = ?, chat_id = ?, claimed_by = null
			where id = ? and claimed_by = ?""";

	private final BlockingQueue<Outcome> queue = new LinkedBlockingQueue<>();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Thread writer;

	private volatile boolean open = true;

	Outcomes(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.writer = new Thread(this::write, "delivery-outcomes");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Records where the delivery stands now, gives up the instance's claim on it and
	 * publishes the event, if any; returns once that is committed.
	 */
	void record(Delivery delivery, long instance, Object event) throws InterruptedException {
		Outcome outcome = new Outcome(delivery, instance, event, new CompletableFuture<>());
		this.queue.put(outcome);
		try {
			outcome.written().get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	private void write() {
		List<Outcome> batch = new ArrayList<>();
		while (this.open || !this.queue.isEmpty()) {
			try {
				Outcome first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch);
				this.transactions.executeWithoutResult((status) -> {
					this.jdbc.batchUpdate(RECORD, batch, batch.size(), (statement, outcome) -> {
						Delivery delivery = outcome.delivery();
						statement.setString(1, delivery.state().name());
						statement.setInt(2, delivery.attempts());
						statement.setTimestamp(3, timestamp(delivery.notBefore()));
						statement.setString(4, delivery.lastError());
						statement.setObject(5, delivery.telegramMessageId());
						statement.setTimestamp(6, timestamp(delivery.finishedAt()));
						statement.setLong(7, delivery.chatId());
						statement.setLong(8, delivery.id());
						statement.setLong(9, outcome.instance());
					});
					batch.stream().map(Outcome::event).filter(Objects::nonNull).forEach(this.events::publishEvent);
				});
				batch.forEach((outcome) -> outcome.written().complete(null));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail(batch, new IllegalStateException("The outcome writer was stopped"));
				return;
			}
			catch (RuntimeException ex) {
				log.warn("{} delivery outcomes could not be written", batch.size(), ex);
				fail(batch, ex);
			}
			batch.clear();
		}
	}

	private static void fail(List<Outcome> batch, RuntimeException ex) {
		batch.forEach((outcome) -> outcome.written().completeExceptionally(ex));
	}

	/** Writes what is queued, then stops. */
	@Override
	public void close() {
		this.open = false;
		try {
			this.writer.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private record Outcome(Delivery delivery, long instance, Object event, CompletableFuture<Void> written) {
	}

}
