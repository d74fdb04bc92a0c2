package org.socialchange.platform.training;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each enrolment its next prompt at the program's clock time in the enrolment's own
 * time zone (the educator's, or the group's for its chat), through the delivery engine. A
 * prompt goes once: its row in {@code training_sends} (unique per enrolment and position)
 * is written in the transaction that queues it, and enrolments are taken with
 * {@code for update skip locked}, so restarts and instances never repeat one. A prompt
 * whose window passed (an outage, a pause with {@code /stop}) is not sent late: the
 * enrolment waits for the next occurrence with the same prompt.
 */
@Component
class PromptDispatch {

	private static final Logger log = LoggerFactory.getLogger(PromptDispatch.class);

	static final String SOURCE = "training";

	static final int PRIORITY = 3;

	static final int ON_REQUEST_PRIORITY = 6;

	static final int BATCH = 500;

	static final Duration REMIND_AFTER = Duration.ofHours(24);

	/**
	 * Prompts due within this time (the job's period) are queued now to go at their
	 * instant, so thousands due at one minute start on time rather than after the run.
	 */
	static final Duration AHEAD = Duration.ofMinutes(1);

	private final NamedParameterJdbcTemplate jdbc;

	private final ProgramStore programs;

	private final PromptMessages messages;

	private final DeliveryManagement deliveries;

	private final TransactionTemplate transaction;

	PromptDispatch(NamedParameterJdbcTemplate jdbc, ProgramStore programs, PromptMessages messages,
			DeliveryManagement deliveries, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.messages = messages;
		this.deliveries = deliveries;
		this.transaction = transaction;
	}

	/** Enrols the audiences' educators (and groups) of every active program. */
	int enrol(Instant now) {
		int enrolled = 0;
		for (Program program : this.programs.programs("where p.status = 'ACTIVE'", new MapSqlParameterSource())) {
			enrolled += enrol(program, now);
		}
		return enrolled;
	}

	int enrol(Program program, Instant now) {
		if (program.audiences().isEmpty()) {
			return 0;
		}
		MapSqlParameterSource params = new MapSqlParameterSource("program", program.id()).addValue("now",
				Timestamp.from(now));
		StringJoiner any = new StringJoiner(" or ", "(", ")");
		List<Long> groups = new ArrayList<>();
		int n = 0;
		for (Audience audience : program.audiences()) {
			String name = "a" + n++;
			switch (audience.kind()) {
				case GROUP -> {
					groups.add(Long.parseLong(audience.value()));
					any.add("exists (select 1 from peer_group_members m where m.educator_id = e.id and m.group_id = :"
							+ name + ")");
					params.addValue(name, Long.parseLong(audience.value()));
				}
				case COUNTRY -> {
					any.add("e.country = :" + name);
					params.addValue(name, audience.value());
				}
				case NETWORK -> {
					any.add("e.network = :" + name);
					params.addValue(name, audience.value());
				}
				case ALL -> any.add("true");
			}
		}
		StringBuilder scope = new StringBuilder();
		program.country().ifPresent((country) -> {
			scope.append(" and e.country = :scopeCountry");
			params.addValue("scopeCountry", country.name());
		});
		program.network().ifPresent((network) -> {
			scope.append(" and e.network = :scopeNetwork");
			params.addValue("scopeNetwork", network.name());
		});
		int enrolled = this.jdbc.update("""
				insert into training_enrolments (program_id, educator_id, via, enrolled_at)
				select :program, e.id, 'AUDIENCE', :now from educators e
				where e.admission = 'MEMBER' and e.registered_at is not null and """ + any + scope
				+ " on conflict do nothing", params);
		if (program.postToGroups() && !groups.isEmpty()) {
			enrolled += this.jdbc.update("""
					insert into training_enrolments (program_id, group_id, via, enrolled_at)
					select :program, g.id, 'AUDIENCE', :now from peer_groups g
					where g.id in (:groups) and g.chat_id is not null on conflict do nothing""",
					params.addValue("groups", groups));
		}
		return enrolled;
	}

	/** Sends every prompt due at this instant; returns how many were queued. */
	int run(Instant now) {
		Map<Long, Optional<Program>> cache = new HashMap<>();
		int queued = 0;
		for (int round = 0; round < 1000; round++) {
			int[] counts = this.transaction.execute((status) -> batch(now, cache));
			queued += counts[1];
			if (counts[0] < BATCH) {
				break;
			}
		}
		return queued;
	}

	private int[] batch(Instant now, Map<Long, Optional<Program>> cache) {
		List<Due> due = this.jdbc.query("""
				select en.id, en.program_id, en.educator_id, en.group_id, en.next_position, en.next_date,
				    coalesce(e.time_zone, g.time_zone, '') as zone, coalesce(e.country, g.country) as country,
				    coalesce(e.language, g.primary_language) as language, coalesce(e.chat_id, g.chat_id) as chat_id,
				    g.chat_thread_id, (e.id is null or (e.admission = 'MEMBER' and e.registered_at is not null
				        and not e.paused and not e.unreachable)) as reachable,
				    (select max(s.sent_at) from training_sends s where s.enrolment_id = en.id and not s.on_request)
				        as last_sent
				from training_enrolments en
				join training_programs p on p.id = en.program_id and p.status = 'ACTIVE'
				left join educators e on e.id = en.educator_id
				left join peer_groups g on g.id = en.group_id
				where en.paused_at is null and en.finished_at is null
				    and (en.next_due_at is null or en.next_due_at <= :horizon
				        or en.due_zone is distinct from coalesce(e.time_zone, g.time_zone, ''))
				order by en.next_due_at nulls first, en.id limit :batch
				for update of en skip locked""",
				new MapSqlParameterSource("horizon", Timestamp.from(now.plus(AHEAD))).addValue("batch", BATCH),
				PromptDispatch::due);
		int queued = 0;
		for (Due enrolment : due) {
			Optional<Program> program = cache.computeIfAbsent(enrolment.programId, this.programs::find);
			if (program.isPresent()) {
				queued += advance(enrolment, program.get(), now) ? 1 : 0;
			}
		}
		return new int[] { due.size(), queued };
	}

	/** Moves one enrolment on; returns whether a prompt was queued. */
	private boolean advance(Due enrolment, Program program, Instant now) {
		ProgramSchedule schedule = program.schedule();
		ZoneId zone = enrolment.zone();
		if (enrolment.position >= program.prompts().size()) {
			finish(enrolment.id, now);
			return false;
		}
		LocalDate date = (enrolment.nextDate != null) ? enrolment.nextDate : firstPlanned(enrolment, schedule, now);
		if (!now.isBefore(schedule.deadline(date, zone))) {
			// the window passed without it (an outage): the same prompt at the next
			// occurrence
			date = schedule.current(now, zone);
		}
		Instant due = schedule.dueAt(date, zone);
		boolean later = due.isAfter(now.plus(AHEAD));
		if (later || !enrolment.reachable || enrolment.chatId == null) {
			plan(enrolment, later ? date : schedule.occurrenceAfter(date), schedule, enrolment.position);
			return false;
		}
		boolean queued = send(enrolment, program, program.prompts().get(enrolment.position),
				due.isAfter(now) ? due : now, schedule.deadline(date, zone), false);
		int position = enrolment.position + 1;
		if (position >= program.prompts().size()) {
			this.jdbc.update(
					"update training_enrolments set next_position = :position, finished_at = :now, "
							+ "next_due_at = null where id = :id",
					Map.of("position", position, "now", Timestamp.from(now), "id", enrolment.id));
		}
		else {
			plan(enrolment, schedule.occurrenceAfter(date), schedule, position);
		}
		return queued;
	}

	/**
	 * The occurrence a new, resumed or rescheduled enrolment waits for: the current one,
	 * unless a scheduled prompt already went on that day.
	 */
	private static LocalDate firstPlanned(Due enrolment, ProgramSchedule schedule, Instant now) {
		LocalDate date = schedule.current(now, enrolment.zone());
		if (enrolment.lastSent != null) {
			LocalDate sentOn = enrolment.lastSent.atZone(enrolment.zone()).toLocalDate();
			if (!date.isAfter(sentOn)) {
				return schedule.occurrenceAfter(sentOn);
			}
		}
		return date;
	}

	private void plan(Due enrolment, LocalDate date, ProgramSchedule schedule, int position) {
		this.jdbc.update("""
				update training_enrolments set next_position = :position, next_date = :date, next_due_at = :due,
				    due_zone = :zone where id = :id""",
				new MapSqlParameterSource("position", position).addValue("date", Date.valueOf(date))
					.addValue("due", Timestamp.from(schedule.dueAt(date, enrolment.zone())))
					.addValue("zone", enrolment.rawZone)
					.addValue("id", enrolment.id));
	}

	private void finish(long enrolmentId, Instant now) {
		this.jdbc.update("update training_enrolments set finished_at = :now, next_due_at = null where id = :id",
				Map.of("now", Timestamp.from(now), "id", enrolmentId));
	}

	/**
	 * Records the prompt at the enrolment's position as sent at {@code at} and queues it
	 * to go then; false when it already was.
	 */
	boolean send(Due enrolment, Program program, Prompt prompt, Instant at, Instant expires, boolean onRequest) {
		List<Long> ids = this.jdbc.queryForList("""
				insert into training_sends (enrolment_id, prompt_id, position, educator_id, sent_at, on_request)
				values (:enrolment, :prompt, :position, :educator, :now, :onRequest)
				on conflict (enrolment_id, position) do nothing returning id""",
				new MapSqlParameterSource("enrolment", enrolment.id).addValue("prompt", prompt.id())
					.addValue("position", prompt.position())
					.addValue("educator", enrolment.educatorId)
					.addValue("now", Timestamp.from(at))
					.addValue("onRequest", onRequest),
				Long.class);
		if (ids.isEmpty()) {
			return false;
		}
		long sendId = ids.get(0);
		PromptMessage message = (enrolment.educatorId != null)
				? this.messages.render(program, prompt, enrolment.language, sendId, Set.of())
				: this.messages.forGroup(program, prompt, enrolment.language);
		this.deliveries.enqueue(SOURCE, sendId, onRequest ? ON_REQUEST_PRIORITY : PRIORITY, List
			.of(delivery(enrolment.educatorId, ChatId.of(enrolment.chatId), enrolment.threadId, message, at, expires)));
		return true;
	}

	static NewDelivery delivery(Long educatorId, ChatId chat, Integer threadId, PromptMessage message, Instant now,
			Instant expires) {
		NewDelivery delivery = new NewDelivery((educatorId != null) ? EducatorId.of(educatorId) : null, chat, threadId,
				message.text(), null, null, now, expires)
			.withButtons(message.buttons())
			.inHtml();
		return (message.photo() != null) ? delivery.withPhoto(message.photo()) : delivery;
	}

	/**
	 * One gentle reminder for each question left unanswered for a day, while it can still
	 * be answered (before the next prompt); returns how many were queued.
	 */
	int remind(Instant now) {
		Integer reminded = this.transaction.execute((status) -> {
			List<Map<String, Object>> open = this.jdbc.queryForList("""
					select s.id, s.position, s.educator_id, en.program_id, e.language, e.chat_id
					from training_sends s
					join training_prompts pr on pr.id = s.prompt_id and pr.question <> 'NONE'
					join training_enrolments en on en.id = s.enrolment_id
					join training_programs p on p.id = en.program_id and p.status = 'ACTIVE'
					join educators e on e.id = s.educator_id and e.admission = 'MEMBER' and not e.paused
					    and not e.unreachable
					where s.reminded_at is null and s.sent_at <= :dayAgo and s.sent_at > :weekAgo
					    and not exists (select 1 from training_answers a where a.send_id = s.id)
					    and not exists (select 1 from training_sends later where later.enrolment_id = s.enrolment_id
					        and later.position > s.position)
					    and exists (select 1 from deliveries d where d.source = 'training' and d.source_id = s.id
					        and d.state = 'SENT')
					order by s.id limit 1000 for update of s skip locked""",
					new MapSqlParameterSource("dayAgo", Timestamp.from(now.minus(REMIND_AFTER))).addValue("weekAgo",
							Timestamp.from(now.minus(Duration.ofDays(7)))));
			Map<Long, Optional<Program>> cache = new HashMap<>();
			int count = 0;
			for (Map<String, Object> row : open) {
				long sendId = ((Number) row.get("id")).longValue();
				Optional<Program> program = cache.computeIfAbsent(((Number) row.get("program_id")).longValue(),
						this.programs::find);
				int position = ((Number) row.get("position")).intValue();
				this.jdbc.update("update training_sends set reminded_at = :now where id = :id",
						Map.of("now", Timestamp.from(now), "id", sendId));
				if (program.isEmpty() || position >= program.get().prompts().size()) {
					continue;
				}
				Language language = Language.fromCode((String) row.get("language")).orElse(Language.EN);
				PromptMessage message = this.messages.reminder(program.get(), program.get().prompts().get(position),
						language, sendId, Set.of());
				this.deliveries.enqueue(SOURCE + "-reminder", sendId, PRIORITY,
						List.of(delivery(((Number) row.get("educator_id")).longValue(),
								ChatId.of(((Number) row.get("chat_id")).longValue()), null, message, now,
								now.plus(Duration.ofDays(1)))));
				count++;
			}
			return count;
		});
		return (reminded != null) ? reminded : 0;
	}

	static Due due(ResultSet rs, int n) throws SQLException {
		long educator = rs.getLong("educator_id");
		Long educatorId = rs.wasNull() ? null : educator;
		long chat = rs.getLong("chat_id");
		Long chatId = rs.wasNull() ? null : chat;
		int thread = rs.getInt("chat_thread_id");
		Integer threadId = rs.wasNull() ? null : thread;
		Date date = rs.getDate("next_date");
		Timestamp lastSent = rs.getTimestamp("last_sent");
		return new Due(rs.getLong("id"), rs.getLong("program_id"), educatorId, rs.getInt("next_position"),
				(date != null) ? date.toLocalDate() : null, rs.getString("zone"), rs.getString("country"),
				Language.fromCode(rs.getString("language")).orElse(Language.EN), chatId, threadId,
				rs.getBoolean("reachable"), (lastSent != null) ? lastSent.toInstant() : null);
	}

	/** An enrolment to move on, with where its messages go. */
	record Due(long id, long programId, Long educatorId, int position, LocalDate nextDate, String rawZone,
			String country, Language language, Long chatId, Integer threadId, boolean reachable, Instant lastSent) {

		/** Its own zone, else its country's, else UTC. */
		ZoneId zone() {
			if (this.rawZone != null && !this.rawZone.isEmpty()) {
				try {
					return ZoneId.of(this.rawZone);
				}
				catch (DateTimeException ex) {
					log.warn("Unknown time zone {} of enrolment {}", this.rawZone, this.id);
				}
			}
			if (this.country != null) {
				try {
					return Country.valueOf(this.country).zone().orElse(ZoneOffset.UTC);
				}
				catch (IllegalArgumentException ex) {
					return ZoneOffset.UTC;
				}
			}
			return ZoneOffset.UTC;
		}

	}

}
