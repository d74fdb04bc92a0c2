package org.socialchange.platform.training;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * For journeys: runs the prompt dispatch as its every-minute job does, and lets a day
 * pass for a program's enrolments (the date each one planned for its next prompt moves a
 * day earlier, so what was due tomorrow is due now) without moving the application's
 * clock.
 */
public final class TrainingDays {

	private final PromptDispatch dispatch;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	public TrainingDays(ApplicationContext context) {
		this.dispatch = context.getBean(PromptDispatch.class);
		this.jdbc = context.getBean(NamedParameterJdbcTemplate.class);
		this.clock = context.getBean(Clock.class);
	}

	/** What the job does at this minute: enrols, then queues the prompts due now. */
	public int run() {
		this.dispatch.enrol(this.clock.instant());
		return this.dispatch.run(this.clock.instant());
	}

	/** A day passes for the program's planned enrolments. */
	public void dayPasses(long programId) {
		this.jdbc.update("""
				update training_enrolments set next_date = next_date - 1, next_due_at = next_due_at - interval '1 day'
				where program_id = :program and next_date is not null and finished_at is null""",
				Map.of("program", programId));
	}

}
