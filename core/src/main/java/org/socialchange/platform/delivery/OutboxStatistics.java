package org.socialchange.platform.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * How the outbox stands, for monitoring (README, Monitoring): the number of messages in
 * each state, and the backlog of due messages (pending, their time come) with the wait of
 * the oldest one. Each figure is read at most once per {@link #REFRESH}, however often
 * Prometheus and health checks ask: the count by state reads the whole table.
 */
@Component
public class OutboxStatistics {

	/** How long a figure read from the database is answered again. */
	static final Duration REFRESH = Duration.ofSeconds(10);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private Snapshot<Map<DeliveryState, Long>> byState;

	private Snapshot<Backlog> backlog;

	OutboxStatistics(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How many messages are in each state, every state present. */
	public synchronized Map<DeliveryState, Long> countByState() {
		Instant now = this.clock.instant();
		if (this.byState == null || this.byState.expired(now)) {
			Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
			for (DeliveryState state : DeliveryState.values()) {
				counts.put(state, 0L);
			}
			this.jdbc.query("select state, count(*) from deliveries group by state",
					(RowCallbackHandler) (row) -> counts.put(DeliveryState.valueOf(row.getString(1)), row.getLong(2)));
			this.byState = new Snapshot<>(Collections.unmodifiableMap(counts), now);
		}
		return this.byState.value();
	}

	/** The messages due now and not sent yet, and how long the oldest has waited. */
	public synchronized Backlog backlog() {
		Instant now = this.clock.instant();
		if (this.backlog == null || this.backlog.expired(now)) {
			Backlog current = this.jdbc.queryForObject(
					"select count(*), min(not_before) from deliveries where state = 'PENDING' and not_before <= ?",
					(row, number) -> {
						Timestamp oldest = row.getTimestamp(2);
						return new Backlog(row.getLong(1),
								(oldest != null) ? Duration.between(oldest.toInstant(), now) : Duration.ZERO);
					}, Timestamp.from(now));
			this.backlog = new Snapshot<>(current, now);
		}
		return this.backlog.value();
	}

	/**
	 * The due messages not sent yet and the wait of the oldest (zero when there is none).
	 */
	public record Backlog(long due, Duration oldestWait) {
	}

	private record Snapshot<T>(T value, Instant readAt) {

		boolean expired(Instant now) {
			return !now.isBefore(this.readAt.plus(REFRESH));
		}

	}

}
