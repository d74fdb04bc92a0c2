package org.socialchange.platform.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training as an educator meets it in the bot: their programs and progress, pausing and
 * resuming, joining an open program, the next prompt now, and answering prompts (choices
 * and reflections) until the next prompt arrives.
 */
@Service
@Transactional(readOnly = true)
public class TrainingManagement {

	public static final int MAX_REFLECTION = 4000;

	private final NamedParameterJdbcTemplate jdbc;

	private final ProgramStore programs;

	private final PromptDispatch dispatch;

	private final PromptMessages messages;

	private final Clock clock;

	TrainingManagement(NamedParameterJdbcTemplate jdbc, ProgramStore programs, PromptDispatch dispatch,
			PromptMessages messages, Clock clock) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.dispatch = dispatch;
		this.messages = messages;
		this.clock = clock;
	}

	/** The programs the educator is enrolled in (active or over), newest first. */
	public List<MyProgram> programs(Educator educator) {
		return this.jdbc.query("""
				select en.*, (select count(*) from training_prompts pr where pr.program_id = en.program_id) as total
				from training_enrolments en join training_programs p on p.id = en.program_id and p.status <> 'DRAFT'
				where en.educator_id = :educator order by en.enrolled_at desc, en.id desc""",
				Map.of("educator", educator.id()), (rs, n) -> {
					Program program = this.programs.find(rs.getLong("program_id")).orElseThrow();
					Timestamp due = rs.getTimestamp("next_due_at");
					boolean finished = rs.getTimestamp("finished_at") != null
							|| program.status() == ProgramStatus.ARCHIVED;
					return new MyProgram(program.id(), program.title(educator.language()),
							program.description(educator.language()), rs.getInt("next_position"), rs.getInt("total"),
							rs.getTimestamp("paused_at") != null, finished,
							(finished || due == null) ? Optional.empty() : Optional.of(due.toInstant()),
							"SELF".equals(rs.getString("via")));
				});
	}

	/**
	 * Active open programs in the educator's country and network that they are not in.
	 */
	public List<OpenProgram> openPrograms(Educator educator) {
		if (!educator.isMember()) {
			return List.of();
		}
		return this.programs
			.programs("""
					where p.status = 'ACTIVE' and p.open and (p.country is null or p.country = :country)
					    and (p.network is null or p.network = :network)
					    and not exists (select 1 from training_enrolments en where en.program_id = p.id
					        and en.educator_id = :educator)""",
					new MapSqlParameterSource("educator", educator.id())
						.addValue("country", educator.country().map(Enum::name).orElse(""))
						.addValue("network", educator.network().map(Enum::name).orElse("")))
			.stream()
			.filter((program) -> !program.prompts().isEmpty())
			.map((program) -> new OpenProgram(program.id(), program.title(educator.language()),
					program.description(educator.language()), program.prompts().size()))
			.toList();
	}

	/** Joins an open program; its first prompt comes at its next time. */
	@Transactional
	public MyProgram join(Educator educator, long programId) {
		boolean open = openPrograms(educator).stream().anyMatch((program) -> program.programId() == programId);
		if (open) {
			this.jdbc.update("""
					insert into training_enrolments (program_id, educator_id, via, enrolled_at)
					values (:program, :educator, 'SELF', :now) on conflict do nothing""",
					Map.of("program", programId, "educator", educator.id(), "now", Timestamp.from(now())));
		}
		return mine(educator, programId).orElseThrow(() -> new ProgramNotFound(programId));
	}

	/** Pauses or resumes the educator's prompts of a program. */
	@Transactional
	public MyProgram pause(Educator educator, long programId, boolean paused) {
		mine(educator, programId).orElseThrow(() -> new ProgramNotFound(programId));
		this.jdbc.update(paused
				? "update training_enrolments set paused_at = coalesce(paused_at, :now) where program_id = :program and educator_id = :educator"
				: "update training_enrolments set paused_at = null, next_date = null, next_due_at = null "
						+ "where program_id = :program and educator_id = :educator and paused_at is not null",
				Map.of("now", Timestamp.from(now()), "program", programId, "educator", educator.id()));
		return mine(educator, programId).orElseThrow();
	}

	/**
	 * Sends the educator's next prompt of the program now; false when none is left (or
	 * the program is not running). The prompt after it keeps the program's schedule.
	 */
	@Transactional
	public boolean sendNext(Educator educator, long programId) {
		List<PromptDispatch.Due> enrolments = this.jdbc.query("""
				select en.id, en.program_id, en.educator_id, null as group_id, en.next_position, en.next_date,
				    coalesce(e.time_zone, '') as zone, e.country, e.language, e.chat_id, null as chat_thread_id,
				    true as reachable, null as last_sent
				from training_enrolments en join educators e on e.id = en.educator_id
				join training_programs p on p.id = en.program_id and p.status = 'ACTIVE'
				where en.program_id = :program and en.educator_id = :educator and en.finished_at is null
				for update of en""", Map.of("program", programId, "educator", educator.id()), PromptDispatch::due);
		if (enrolments.isEmpty()) {
			return false;
		}
		PromptDispatch.Due enrolment = enrolments.get(0);
		Program program = this.programs.find(programId).orElseThrow();
		if (enrolment.position() >= program.prompts().size()) {
			return false;
		}
		Instant now = now();
		boolean sent = this.dispatch.send(enrolment, program, program.prompts().get(enrolment.position()), now,
				now.plus(Duration.ofDays(1)), true);
		int position = enrolment.position() + 1;
		this.jdbc.update("""
				update training_enrolments set next_position = :position,
				    finished_at = case when :position >= :total then cast(:now as timestamptz) end,
				    next_due_at = case when :position >= :total then null else next_due_at end
				where id = :id""",
				new MapSqlParameterSource("position", position).addValue("total", program.prompts().size())
					.addValue("now", Timestamp.from(now))
					.addValue("id", enrolment.id()));
		return sent;
	}

	/**
	 * Chooses an option of a choice question (a second press of a chosen option of a
	 * multiple choice takes it back); returns the prompt as it now looks.
	 */
	@Transactional
	public PromptMessage choose(Educator educator, long sendId, int option) {
		Send send = openSend(educator, sendId).orElseThrow(() -> new AnswerClosed(sendId));
		Prompt prompt = send.prompt();
		if (!prompt.question().choice() || option < 0 || option >= prompt.text(educator.language()).options().size()) {
			throw new AnswerClosed(sendId);
		}
		Set<Integer> chosen = new TreeSet<>(send.chosen());
		if (prompt.question() == Question.SINGLE) {
			chosen.clear();
			chosen.add(option);
		}
		else if (!chosen.remove(option)) {
			chosen.add(option);
		}
		Instant now = now();
		this.jdbc.update("""
				insert into training_answers (send_id, educator_id, prompt_id, options, answered_at, changed_at)
				values (:send, :educator, :prompt, :options, :now, :now)
				on conflict (send_id) do update set options = excluded.options, changed_at = excluded.changed_at""",
				new MapSqlParameterSource("send", sendId).addValue("educator", educator.id())
					.addValue("prompt", prompt.id())
					.addValue("options", chosen.stream().map(String::valueOf).collect(Collectors.joining(",")))
					.addValue("now", Timestamp.from(now)));
		if (chosen.isEmpty()) {
			this.jdbc.update("delete from training_answers where send_id = :send", Map.of("send", sendId));
		}
		return this.messages.render(send.program(), prompt, educator.language(), sendId, chosen);
	}

	/** The prompt of a send as it looks now, with the educator's choices marked. */
	public Optional<PromptMessage> prompt(Educator educator, long sendId) {
		return send(educator, sendId).map((send) -> this.messages.render(send.program(), send.prompt(),
				educator.language(), send.open() ? sendId : null, send.chosen()));
	}

	/**
	 * The reflection the educator's next free text answers: the newest prompt asking for
	 * one that is still open and unanswered.
	 */
	public Optional<Long> awaitedReflection(Educator educator) {
		return this.jdbc.queryForList("""
				select s.id from training_sends s
				join training_prompts pr on pr.id = s.prompt_id and pr.question = 'REFLECTION'
				join training_enrolments en on en.id = s.enrolment_id
				join training_programs p on p.id = en.program_id and p.status = 'ACTIVE'
				where s.educator_id = :educator
				    and not exists (select 1 from training_answers a where a.send_id = s.id)
				    and not exists (select 1 from training_sends later where later.enrolment_id = s.enrolment_id
				        and later.position > s.position)
				    and exists (select 1 from deliveries d where d.source = 'training' and d.source_id = s.id
				        and d.state = 'SENT')
				order by s.sent_at desc, s.id desc limit 1""", Map.of("educator", educator.id()), Long.class)
			.stream()
			.findFirst();
	}

	/** Whether the send asks the educator for a reflection that can still be written. */
	public boolean takesReflection(Educator educator, long sendId) {
		return openSend(educator, sendId).filter((send) -> send.prompt().question() == Question.REFLECTION).isPresent();
	}

	/** Takes (or replaces) the educator's reflection on a prompt. */
	@Transactional
	public ReflectionSaved reflect(Educator educator, long sendId, String text) {
		Send send = openSend(educator, sendId).filter((open) -> open.prompt().question() == Question.REFLECTION)
			.orElseThrow(() -> new AnswerClosed(sendId));
		String reflection = FreeText.of(text, MAX_REFLECTION).value();
		Instant now = now();
		boolean changed = send.answered();
		this.jdbc
			.update("""
					insert into training_answers (send_id, educator_id, prompt_id, reflection, answered_at, changed_at)
					values (:send, :educator, :prompt, :reflection, :now, :now)
					on conflict (send_id) do update set reflection = excluded.reflection, changed_at = excluded.changed_at""",
					new MapSqlParameterSource("send", sendId).addValue("educator", educator.id())
						.addValue("prompt", send.prompt().id())
						.addValue("reflection", reflection)
						.addValue("now", Timestamp.from(now)));
		return new ReflectionSaved(sendId, send.program().title(educator.language()), send.prompt().position() + 1,
				sharing(sendId), changed);
	}

	/** How the educator shares a reflection with the program's coordinators. */
	@Transactional
	public ReflectionSaved share(Educator educator, long sendId, Sharing sharing) {
		Send send = send(educator, sendId).filter(Send::answered).orElseThrow(() -> new AnswerClosed(sendId));
		this.jdbc.update("update training_answers set sharing = :sharing where send_id = :send",
				Map.of("sharing", sharing.name(), "send", sendId));
		return new ReflectionSaved(sendId, send.program().title(educator.language()), send.prompt().position() + 1,
				sharing, true);
	}

	private Sharing sharing(long sendId) {
		return Sharing.valueOf(this.jdbc.queryForObject("select sharing from training_answers where send_id = :send",
				Map.of("send", sendId), String.class));
	}

	private Optional<Send> openSend(Educator educator, long sendId) {
		return send(educator, sendId).filter(Send::open);
	}

	/** A send of the educator's, with its program, prompt and answer. */
	private Optional<Send> send(Educator educator, long sendId) {
		return this.jdbc.query("""
				select s.enrolment_id, s.position, en.program_id, a.options, a.send_id as answered,
				    p.status = 'ACTIVE' and not exists (select 1 from training_sends later
				        where later.enrolment_id = s.enrolment_id and later.position > s.position) as open
				from training_sends s join training_enrolments en on en.id = s.enrolment_id
				join training_programs p on p.id = en.program_id
				left join training_answers a on a.send_id = s.id
				where s.id = :send and s.educator_id = :educator""", Map.of("send", sendId, "educator", educator.id()),
				(rs, n) -> {
					Optional<Program> program = this.programs.find(rs.getLong("program_id"));
					int position = rs.getInt("position");
					if (program.isEmpty() || position >= program.get().prompts().size()) {
						return null;
					}
					String options = rs.getString("options");
					Set<Integer> chosen = (options == null || options.isEmpty()) ? Set.of()
							: Arrays.stream(options.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
					return new Send(program.get(), program.get().prompts().get(position), chosen,
							rs.getObject("answered") != null, rs.getBoolean("open"));
				})
			.stream()
			.filter((send) -> send != null)
			.findFirst();
	}

	private Optional<MyProgram> mine(Educator educator, long programId) {
		return programs(educator).stream().filter((program) -> program.programId() == programId).findFirst();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private record Send(Program program, Prompt prompt, Set<Integer> chosen, boolean answered, boolean open) {
	}

}
