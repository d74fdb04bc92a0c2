package org.socialchange.platform.training;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.translations.Language;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs as coordinators write and run them in the admin web, within their scope:
 * administrators every program; coordinators and viewers the programs of their countries
 * and networks (international ones only when no country restricts them); viewers change
 * nothing; facilitators see none. Anything else is not found.
 */
@Service
@Transactional(readOnly = true)
public class ProgramManagement {

	private final ProgramStore store;

	private final PromptDispatch dispatch;

	private final PromptMessages messages;

	private final PeerGroupManagement groups;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgramManagement(ProgramStore store, PromptDispatch dispatch, PromptMessages messages, PeerGroupManagement groups,
			NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.dispatch = dispatch;
		this.messages = messages;
		this.groups = groups;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The programs the account sees, newest first. */
	public List<Program> programs(GroupAccess access) {
		if (access.role() == CoordinatorRole.FACILITATOR) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		return this.store.programs("where " + scope(access, params), params);
	}

	public Program program(long id, GroupAccess access) {
		return this.store.find(id)
			.filter((program) -> sees(access, program))
			.orElseThrow(() -> new ProgramNotFound(id));
	}

	@Transactional
	public Program create(ProgramDraft draft, GroupAccess access) {
		requirePlaces(access, draft);
		long id = this.store.insert(valid(draft), access.by(), now());
		Program program = this.store.find(id).orElseThrow();
		changed(id, access, "training.created", program.title(Language.EN));
		return program;
	}

	@Transactional
	public Program edit(long id, ProgramDraft draft, GroupAccess access) {
		changes(id, access);
		requirePlaces(access, draft);
		this.store.update(id, valid(draft), now());
		// a new schedule plans every enrolment's next prompt again
		this.jdbc.update("update training_enrolments set next_date = null, next_due_at = null where program_id = :id "
				+ "and finished_at is null", Map.of("id", id));
		changed(id, access, "training.edited", null);
		return this.store.find(id).orElseThrow();
	}

	@Transactional
	public Prompt addPrompt(long programId, PromptDraft draft, GroupAccess access) {
		changes(programId, access);
		long id = this.store.insertPrompt(programId, valid(draft));
		// those who had every prompt get the new one at the next time
		this.jdbc.update("update training_enrolments set finished_at = null, next_date = null, next_due_at = null "
				+ "where program_id = :id and finished_at is not null", Map.of("id", programId));
		changed(programId, access, "training.prompt-added", "prompt:" + id);
		return prompt(programId, id);
	}

	@Transactional
	public Prompt editPrompt(long programId, long promptId, PromptDraft draft, GroupAccess access) {
		changes(programId, access).prompt(promptId).orElseThrow(() -> new ProgramNotFound(programId));
		this.store.updatePrompt(promptId, valid(draft));
		changed(programId, access, "training.prompt-edited", "prompt:" + promptId);
		return prompt(programId, promptId);
	}

	/**
	 * Moves a prompt nobody received yet one place up ({@code -1}) or down ({@code 1}).
	 */
	@Transactional
	public Program movePrompt(long programId, long promptId, int by, GroupAccess access) {
		Program program = changes(programId, access);
		Prompt prompt = program.prompt(promptId).orElseThrow(() -> new ProgramNotFound(programId));
		int target = prompt.position() + Integer.signum(by);
		if (target < 0 || target >= program.prompts().size()) {
			return program;
		}
		int sent = sentPositions(programId);
		if (Math.min(prompt.position(), target) < sent) {
			throw new PromptAlreadySent(promptId);
		}
		List<Long> order = new ArrayList<>(program.prompts().stream().map(Prompt::id).toList());
		order.remove(promptId);
		order.add(target, promptId);
		this.store.renumber(programId, order);
		changed(programId, access, "training.prompt-moved", "prompt:" + promptId + " to " + (target + 1));
		return this.store.find(programId).orElseThrow();
	}

	/** Deletes a prompt nobody received yet. */
	@Transactional
	public Program deletePrompt(long programId, long promptId, GroupAccess access) {
		Prompt prompt = changes(programId, access).prompt(promptId).orElseThrow(() -> new ProgramNotFound(programId));
		if (prompt.position() < sentPositions(programId)) {
			throw new PromptAlreadySent(promptId);
		}
		this.store.deletePrompt(programId, promptId);
		changed(programId, access, "training.prompt-deleted", "prompt:" + promptId);
		return this.store.find(programId).orElseThrow();
	}

	/**
	 * Sets who the program enrols; groups, countries and networks within the account's
	 * scope.
	 */
	@Transactional
	public Program enrol(long programId, List<Audience> audiences, GroupAccess access) {
		Program program = changes(programId, access);
		for (Audience audience : audiences) {
			switch (audience.kind()) {
				case GROUP -> {
					PeerGroup group = this.groups.find(Long.parseLong(audience.value()), access);
					if (program.country().isPresent() && !program.country().equals(group.country())) {
						throw new IllegalArgumentException("The group is not in the program's country");
					}
					if (program.network().filter((own) -> own != group.network()).isPresent()) {
						throw new IllegalArgumentException("The group is not in the program's network");
					}
				}
				case COUNTRY -> {
					Country country = Country.valueOf(audience.value());
					if (!covers(access, country, program.network().orElse(null))
							|| program.country().filter((own) -> own != country).isPresent()) {
						throw new ProgramNotFound(programId);
					}
				}
				case NETWORK -> {
					Network network = Network.valueOf(audience.value());
					if (!covers(access, program.country().orElse(null), network)
							|| program.network().filter((own) -> own != network).isPresent()) {
						throw new ProgramNotFound(programId);
					}
				}
				case ALL -> {
				}
			}
		}
		this.store.audiences(programId, audiences);
		Program updated = this.store.find(programId).orElseThrow();
		if (updated.status() == ProgramStatus.ACTIVE) {
			this.dispatch.enrol(updated, now());
		}
		changed(programId, access, "training.audiences", audiences.toString());
		return updated;
	}

	/** Starts a program with at least one prompt: its audiences are enrolled now. */
	@Transactional
	public Program start(long programId, GroupAccess access) {
		Program program = changes(programId, access);
		if (program.prompts().isEmpty()) {
			throw new IllegalStateException("A program starts with at least one prompt");
		}
		this.store.status(programId, ProgramStatus.ACTIVE, now());
		this.dispatch.enrol(this.store.find(programId).orElseThrow(), now());
		changed(programId, access, "training.started", null);
		return this.store.find(programId).orElseThrow();
	}

	/** Ends a program: no prompt goes out any more; its results stay. */
	@Transactional
	public Program archive(long programId, GroupAccess access) {
		changes(programId, access);
		this.store.status(programId, ProgramStatus.ARCHIVED, now());
		changed(programId, access, "training.archived", null);
		return this.store.find(programId).orElseThrow();
	}

	/** A prompt in a language as Telegram will show it to an educator. */
	public PromptMessage preview(long programId, long promptId, Language language, GroupAccess access) {
		Program program = program(programId, access);
		Prompt prompt = program.prompt(promptId).orElseThrow(() -> new ProgramNotFound(programId));
		return this.messages.render(program, prompt, language, 0L, Set.of());
	}

	/** The program's results, texts in the language. */
	public ProgramResults results(long programId, Language language, GroupAccess access) {
		Program program = program(programId, access);
		Map<Long, Integer> received = counts(
				"select prompt_id as k, count(*) as n from training_sends s where s.educator_id is not null "
						+ "and s.enrolment_id in (select id from training_enrolments where program_id = :program) "
						+ "group by prompt_id",
				programId);
		Map<Long, Integer> answered = counts("select a.prompt_id as k, count(*) as n from training_answers a "
				+ "join training_prompts p on p.id = a.prompt_id where p.program_id = :program group by a.prompt_id",
				programId);
		List<ProgramResults.PromptResult> prompts = new ArrayList<>();
		for (Prompt prompt : program.prompts()) {
			List<String> labels = prompt.text(language).options();
			int[] perOption = new int[Math.max(labels.size(), prompt.optionCount())];
			List<ProgramResults.SharedReflection> reflections = new ArrayList<>();
			this.jdbc.query("""
					select a.options, a.reflection, a.sharing, a.changed_at, e.display_name from training_answers a
					join educators e on e.id = a.educator_id where a.prompt_id = :prompt order by a.changed_at""",
					Map.of("prompt", prompt.id()), (rs) -> {
						String options = rs.getString("options");
						if (options != null && !options.isEmpty()) {
							Arrays.stream(options.split(","))
								.mapToInt(Integer::parseInt)
								.filter((i) -> i < perOption.length)
								.forEach((i) -> perOption[i]++);
						}
						Sharing sharing = Sharing.valueOf(rs.getString("sharing"));
						if (rs.getString("reflection") != null && sharing != Sharing.PRIVATE) {
							reflections.add(new ProgramResults.SharedReflection(
									rs.getString("reflection"), (sharing == Sharing.NAMED)
											? Optional.ofNullable(rs.getString("display_name")) : Optional.empty(),
									rs.getTimestamp("changed_at").toInstant()));
						}
					});
			List<ProgramResults.OptionCount> options = new ArrayList<>();
			for (int i = 0; i < perOption.length; i++) {
				options.add(new ProgramResults.OptionCount((i < labels.size()) ? labels.get(i) : "#" + (i + 1),
						perOption[i]));
			}
			prompts.add(new ProgramResults.PromptResult(prompt, prompt.text(language).text(),
					received.getOrDefault(prompt.id(), 0), answered.getOrDefault(prompt.id(), 0), options,
					reflections));
		}
		Integer enrolled = this.jdbc.queryForObject(
				"select count(*) from training_enrolments where program_id = :program and educator_id is not null",
				Map.of("program", programId), Integer.class);
		return new ProgramResults(program, (enrolled != null) ? enrolled : 0, prompts, byGroup(program, language),
				byCountry(program));
	}

	private static final String COMPLETION = """
			select %s as name, count(*) as enrolled,
			    count(*) filter (where en.next_position >= :total) as completed,
			    coalesce(sum((select count(*) from training_answers a join training_sends s on s.id = a.send_id
			        where s.enrolment_id = en.id)), 0) as answers,
			    coalesce(sum((select count(*) from training_sends s join training_prompts p on p.id = s.prompt_id
			        where s.enrolment_id = en.id and p.question <> 'NONE')), 0) as questions
			from training_enrolments en join educators e on e.id = en.educator_id %s
			where en.program_id = :program group by %s order by %s""";

	private List<ProgramResults.Completion> byGroup(Program program, Language language) {
		List<ProgramResults.Completion> completions = new ArrayList<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (Audience audience : program.audiences()) {
			if (audience.kind() == AudienceKind.GROUP) {
				this.groups.group(Long.parseLong(audience.value()))
					.ifPresent((group) -> names.put(group.id(), group.name(language)));
			}
		}
		if (names.isEmpty()) {
			return completions;
		}
		this.jdbc.query(
				COMPLETION.formatted("m.group_id",
						"join peer_group_members m on m.educator_id = e.id and m.group_id in (:groups)", "m.group_id",
						"m.group_id"),
				new MapSqlParameterSource("program", program.id()).addValue("total", program.prompts().size())
					.addValue("groups", names.keySet()),
				(rs) -> {
					completions.add(new ProgramResults.Completion(names.get(rs.getLong("name")), rs.getInt("enrolled"),
							rs.getInt("completed"), rs.getInt("answers"), rs.getInt("questions")));
				});
		return completions;
	}

	private List<ProgramResults.Completion> byCountry(Program program) {
		List<ProgramResults.Completion> completions = new ArrayList<>();
		this.jdbc.query(COMPLETION.formatted("coalesce(e.country, '')", "", "coalesce(e.country, '')", "1"),
				new MapSqlParameterSource("program", program.id()).addValue("total", program.prompts().size()),
				(rs) -> {
					completions.add(new ProgramResults.Completion(rs.getString("name"), rs.getInt("enrolled"),
							rs.getInt("completed"), rs.getInt("answers"), rs.getInt("questions")));
				});
		return completions;
	}

	private Map<Long, Integer> counts(String sql, long programId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.query(sql, Map.of("program", programId), (rs) -> {
			counts.put(rs.getLong("k"), rs.getInt("n"));
		});
		return counts;
	}

	private Prompt prompt(long programId, long promptId) {
		return this.store.find(programId).flatMap((program) -> program.prompt(promptId)).orElseThrow();
	}

	/** How many positions someone already received (those stay in place). */
	private int sentPositions(long programId) {
		Integer max = this.jdbc.queryForObject("""
				select coalesce(max(s.position) + 1, 0) from training_sends s
				join training_enrolments en on en.id = s.enrolment_id where en.program_id = :program""",
				Map.of("program", programId), Integer.class);
		return (max != null) ? max : 0;
	}

	private Program changes(long id, GroupAccess access) {
		Program program = program(id, access);
		if (access.role() == CoordinatorRole.VIEWER) {
			throw new ProgramNotFound(id);
		}
		return program;
	}

	private void requirePlaces(GroupAccess access, ProgramDraft draft) {
		if (access.role() == CoordinatorRole.VIEWER || access.role() == CoordinatorRole.FACILITATOR
				|| !covers(access, draft.country(), draft.network())) {
			throw new ProgramOutOfScope();
		}
	}

	private static boolean sees(GroupAccess access, Program program) {
		return access.role() != CoordinatorRole.FACILITATOR
				&& covers(access, program.country().orElse(null), program.network().orElse(null));
	}

	/**
	 * Whether a program of this country ({@code null}: international) and network
	 * ({@code null}: every network) is in the account's scope.
	 */
	private static boolean covers(GroupAccess access, Country country, Network network) {
		return access.role() == CoordinatorRole.ADMINISTRATOR || access.scope().includes(country, network);
	}

	private static String scope(GroupAccess access, MapSqlParameterSource params) {
		if (access.role() == CoordinatorRole.ADMINISTRATOR || access.scope().isAll()) {
			return "true";
		}
		if (access.scope().nobody()) {
			return "false";
		}
		StringJoiner condition = new StringJoiner(" and ", "(", ")").setEmptyValue("true");
		if (!access.scope().countries().isEmpty()) {
			condition.add("p.country in (:scopeCountries)");
			params.addValue("scopeCountries", access.scope().countries().stream().map(Enum::name).toList());
		}
		if (!access.scope().networks().isEmpty()) {
			condition.add("p.network in (:scopeNetworks)");
			params.addValue("scopeNetworks", access.scope().networks().stream().map(Enum::name).toList());
		}
		return condition.toString();
	}

	private static ProgramDraft valid(ProgramDraft draft) {
		boolean titled = draft.texts()
			.values()
			.stream()
			.anyMatch((text) -> text != null && text.title() != null && !text.title().isBlank());
		if (!titled) {
			throw new InvalidProgram("title");
		}
		draft.texts().values().forEach((text) -> {
			if (text != null && text.title() != null && text.title().strip().length() > ProgramText.MAX_TITLE) {
				throw new InvalidProgram("title");
			}
			if (text != null && text.description() != null
					&& text.description().strip().length() > ProgramText.MAX_DESCRIPTION) {
				throw new InvalidProgram("description");
			}
		});
		return draft;
	}

	private static PromptDraft valid(PromptDraft draft) {
		boolean any = false;
		for (PromptText text : draft.texts().values()) {
			if (text == null || text.text() == null || text.text().isBlank()) {
				continue;
			}
			any = true;
			int max = (ProgramStore.blankToNull(draft.photoUrl()) != null) ? PromptText.MAX_CAPTION
					: PromptText.MAX_TEXT;
			if (text.text().strip().length() > max) {
				throw new InvalidProgram("text");
			}
			if (draft.question().choice()
					&& (text.options().size() < 2 || text.options().size() > PromptText.MAX_OPTIONS
							|| text.options()
								.stream()
								.anyMatch((option) -> option.isBlank() || option.length() > PromptText.MAX_OPTION))) {
				throw new InvalidProgram("options");
			}
		}
		if (!any) {
			throw new InvalidProgram("text");
		}
		for (String url : new String[] { draft.linkUrl(), draft.photoUrl() }) {
			if (ProgramStore.blankToNull(url) != null && !isWebAddress(url.strip())) {
				throw new InvalidProgram("url");
			}
		}
		return draft;
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void changed(long programId, GroupAccess access, String action, String detail) {
		this.events.publishEvent(new ProgramChanged(programId, access.by(), action, detail));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * A program placed outside the account's scope, or by an account that places none.
	 */
	public static class ProgramOutOfScope extends RuntimeException {

		public ProgramOutOfScope() {
			super("Outside the account's scope");
		}

	}

	/** A prompt someone already received keeps its place. */
	public static class PromptAlreadySent extends RuntimeException {

		public PromptAlreadySent(long promptId) {
			super("Prompt " + promptId + " was already sent");
		}

	}

	/** A field of a program or prompt that is missing or too long: its name. */
	public static class InvalidProgram extends RuntimeException {

		private final String field;

		public InvalidProgram(String field) {
			super("Invalid " + field);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

}
