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
 * The nightly Quartz job keeps a week of update ids and forgets older ones, and forgets
 * expired conversations.
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
		assertThat(this.scheduler.getTrigger(TriggerKey.triggerKey("update-log-pruning-nightly", "bot"))).isNotNull();

		this.scheduler.triggerJob(JobKey.jobKey("update-log-pruning", "bot"));

		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline && ids().contains(-1L)) {
			Thread.sleep(100);
		}
		assertThat(ids()).doesNotContain(-1L).contains(-2L);
		assertThat(this.jdbc.queryForList("select user_id from conversations where user_id in (1, 2)", Long.class))
			.containsExactly(2L);
	}

	private List<Long> ids() {
		return this.jdbc.queryForList("select update_id from telegram_updates where update_id < 0", Long.class);
	}

}
