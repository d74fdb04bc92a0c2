package org.socialchange.platform.bot;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records each Telegram update id once, so a redelivered update is handled once. */
@Component
class ProcessedUpdates {

	private final JdbcTemplate jdbc;

	ProcessedUpdates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** True the first time an update id is seen, false for every later delivery. */
	boolean recordFirst(long updateId) {
		return this.jdbc.update("insert into telegram_updates (update_id) values (?) on conflict do nothing",
				updateId) == 1;
	}

	/**
	 * Forgets update ids older than the given instant; Telegram redelivers an update for
	 * a day at most, so a week is a wide margin. Returns how many were forgotten.
	 */
	int forgetBefore(Instant instant) {
		return this.jdbc.update("delete from telegram_updates where received_at < ?", Timestamp.from(instant));
	}

}
