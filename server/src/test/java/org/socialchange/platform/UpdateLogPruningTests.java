package org.socialchange.platform;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly Quartz job keeps a week of update ids and forgets older ones, forgets
 * expired conversations and people who never consented and were not seen for 30 days.
 */
@PlatformTest
class UpdateLogPruningTests {

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void forgetsUpdateIdsOlderThanAWeekAndKeepsTheRest() throws Exception {
		this.jdbc.update("insert into telegram_updates (update_id, received_at) values (?, now() - interval '8 days')",
				-1L);
		this.jdbc.update("insert into telegram_updates (update_id, received_at) values (?, now() - interval '6 days')",
				-2L);
		String conversation = "insert into conversations (user_id, chat_id, flow, step, started_at, updated_at, expires_at) "
				+ "values (?, ?, 'registration', 'NAME', now(), now(), now() + ?::interval)";
		this.jdbc.update(conversation, 1L, 1L, "-1 hour");
		this.jdbc.update(conversation, 2L, 2L, "1 hour");
		String educator = "insert into educators (telegram_user_id, chat_id, language, joined_at, updated_at, consented_at) "
				+ "values (?, ?, 'ru', now() - ?::interval, now() - ?::interval, ?)";
		this.jdbc.update(educator, 9_100_000_000_011L, 9_100_000_000_011L, "40 days", "31 days", null);
		this.jdbc.update(educator, 9_100_000_000_012L, 9_100_000_000_012L, "40 days", "29 days", null);
		this.jdbc.update(educator, 9_100_000_000_013L, 9_100_000_000_013L, "40 days", "31 days",
				java.sql.Timestamp.valueOf("2026-01-01 00:00:00"));
		assertThat(this.scheduler.getTrigger(TriggerKey.triggerKey("update-log-pruning-nightly", "bot"))).isNotNull();

		this.scheduler.triggerJob(JobKey.jobKey("update-log-pruning", "bot"));

		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline && (ids().contains(-1L) || strangers().size() > 2)) {
			Thread.sleep(100);
		}
		assertThat(ids()).doesNotContain(-1L).contains(-2L);
		assertThat(this.jdbc.queryForList("select user_id from conversations where user_id in (1, 2)", Long.class))
			.containsExactly(2L);
		assertThat(strangers()).as("who never consented and was not seen for 30 days is forgotten")
			.containsExactly(9_100_000_000_012L, 9_100_000_000_013L);
	}

	private List<Long> strangers() {
		return this.jdbc.queryForList(
				"select telegram_user_id from educators where telegram_user_id between 9100000000011 and 9100000000013 order by 1",
				Long.class);
	}

	private List<Long> ids() {
		return this.jdbc.queryForList("select update_id from telegram_updates where update_id < 0", Long.class);
	}

}
