package org.socialchange.platform.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of the delivery engine: puts messages in the durable outbox, reports
 * how the messages of one source stand, and cancels what is not yet sent.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryManagement {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DeliveryManagement(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds messages of one source (for example {@code broadcast} 42) to the outbox. */
	@Transactional
	public void enqueue(String source, Long sourceId, int priority, List<NewDelivery> messages) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.batchUpdate("""
				insert into deliveries (source, source_id, educator_id, chat_id, text, link_text, link_url, priority,
				    not_before, expires_at, state, created_at, thread_id, buttons, photo, html)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)""", messages, 1000,
				(statement, message) -> {
					statement.setString(1, source);
					statement.setObject(2, sourceId);
					statement.setObject(3, (message.educatorId() != null) ? message.educatorId().value() : null);
					statement.setLong(4, message.chatId().value());
					statement.setString(5, message.text());
					statement.setString(6, message.linkText());
					statement.setString(7, message.linkUrl());
					statement.setInt(8, priority);
					statement.setTimestamp(9, Timestamp.from(message.notBefore()));
					statement.setTimestamp(10,
							(message.expiresAt() != null) ? Timestamp.from(message.expiresAt()) : null);
					statement.setTimestamp(11, now);
					statement.setObject(12, message.threadId());
					statement.setString(13, MessageButton.encode(message.buttons()));
					statement.setString(14, message.photo());
					statement.setBoolean(15, message.html());
				});
	}

	/** How many messages of a source are in each state, every state present. */
	public Map<DeliveryState, Long> countByState(String source, long sourceId) {
		Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
		for (DeliveryState state : DeliveryState.values()) {
			counts.put(state, 0L);
		}
		this.jdbc.query("select state, count(*) as n from deliveries where source = ? and source_id = ? group by state",
				(row) -> {
					counts.put(DeliveryState.valueOf(row.getString("state")), row.getLong("n"));
				}, source, sourceId);
		return counts;
	}

	/** How many messages of a source were sent since a moment. */
	public long sentSince(String source, long sourceId, Instant since) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from deliveries where source = ? and source_id = ? and state = 'SENT' and finished_at >= ?",
				Long.class, source, sourceId, Timestamp.from(since));
		return (count != null) ? count : 0;
	}

	/**
	 * Cancels every message of a source not yet sent; a message a worker is sending right
	 * now is waited for and keeps its outcome.
	 * @return how many were cancelled
	 */
	@Transactional
	public int cancel(String source, long sourceId, String reason) {
		return this.jdbc.update(
				"update deliveries set state = 'CANCELLED', finished_at = ?, last_error = ? "
						+ "where source = ? and source_id = ? and state = 'PENDING'",
				Timestamp.from(this.clock.instant()), reason, source, sourceId);
	}

}
