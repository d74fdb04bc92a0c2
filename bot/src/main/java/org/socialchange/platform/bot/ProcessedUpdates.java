package org.socialchange.platform.bot;

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

}
