package org.socialchange.platform.training;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.translations.Language;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Programs, their texts, prompts and audiences in the database. */
@Component
class ProgramStore {

	private final NamedParameterJdbcTemplate jdbc;

	ProgramStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ProgramDraft draft, String by, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into training_programs (country, network, every_days, weekdays, local_time, starts_on,
				    late_minutes, open, post_to_groups, status, created_by, created_at, updated_at)
				values (:country, :network, :everyDays, :weekdays, :at, :startsOn, :late, :open, :post, 'DRAFT', :by,
				    :now, :now)""", params(draft).addValue("by", by).addValue("now", Timestamp.from(now)), key,
				new String[] { "id" });
		long id = key.getKey().longValue();
		texts(id, draft);
		return id;
	}

	void update(long id, ProgramDraft draft, Instant now) {
		this.jdbc.update("""
				update training_programs set country = :country, network = :network, every_days = :everyDays,
				    weekdays = :weekdays, local_time = :at, starts_on = :startsOn, late_minutes = :late, open = :open,
				    post_to_groups = :post, updated_at = :now where id = :id""",
				params(draft).addValue("id", id).addValue("now", Timestamp.from(now)));
		this.jdbc.update("delete from training_program_texts where program_id = :id", Map.of("id", id));
		texts(id, draft);
	}

	void status(long id, ProgramStatus status, Instant now) {
		this.jdbc.update("update training_programs set status = :status, updated_at = :now where id = :id",
				Map.of("status", status.name(), "now", Timestamp.from(now), "id", id));
	}

	private void texts(long id, ProgramDraft draft) {
		draft.texts().forEach((language, text) -> {
			if (text != null && text.title() != null && !text.title().isBlank()) {
				this.jdbc.update("""
						insert into training_program_texts (program_id, language, title, description)
						values (:id, :language, :title, :description)""",
						new MapSqlParameterSource("id", id).addValue("language", language.code())
							.addValue("title", text.title().strip())
							.addValue("description", (text.description() != null) ? text.description().strip() : ""));
			}
		});
	}

	private static MapSqlParameterSource params(ProgramDraft draft) {
		ProgramSchedule schedule = draft.schedule();
		return new MapSqlParameterSource("country", (draft.country() != null) ? draft.country().name() : null)
			.addValue("network", (draft.network() != null) ? draft.network().name() : null)
			.addValue("everyDays", schedule.everyDays())
			.addValue("weekdays",
					schedule.weekdays().isEmpty() ? null
							: schedule.weekdays().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
			.addValue("at", Time.valueOf(schedule.at()))
			.addValue("startsOn", Date.valueOf(schedule.startsOn()))
			.addValue("late", schedule.lateMinutes())
			.addValue("open", draft.open())
			.addValue("post", draft.postToGroups());
	}

	long insertPrompt(long programId, PromptDraft draft) {
		Integer position = this.jdbc.queryForObject(
				"select coalesce(max(position) + 1, 0) from training_prompts where program_id = :program",
				Map.of("program", programId), Integer.class);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into training_prompts (program_id, position, link_url, photo_url, question)
				values (:program, :position, :link, :photo, :question)""",
				promptParams(draft).addValue("program", programId).addValue("position", position), key,
				new String[] { "id" });
		long id = key.getKey().longValue();
		promptTexts(id, draft);
		return id;
	}

	void updatePrompt(long promptId, PromptDraft draft) {
		this.jdbc.update(
				"update training_prompts set link_url = :link, photo_url = :photo, question = :question where id = :id",
				promptParams(draft).addValue("id", promptId));
		this.jdbc.update("delete from training_prompt_texts where prompt_id = :id", Map.of("id", promptId));
		promptTexts(promptId, draft);
	}

	void deletePrompt(long programId, long promptId) {
		this.jdbc.update("delete from training_prompts where id = :id", Map.of("id", promptId));
		renumber(programId, List.of());
	}

	/** Numbers the prompts 0, 1, … in the given order of ids, the rest after them. */
	void renumber(long programId, List<Long> order) {
		List<Long> ids = new ArrayList<>(order);
		this.jdbc
			.queryForList("select id from training_prompts where program_id = :program order by position",
					Map.of("program", programId), Long.class)
			.stream()
			.filter((id) -> !ids.contains(id))
			.forEach(ids::add);
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.update("update training_prompts set position = :position where id = :id",
					Map.of("position", i, "id", ids.get(i)));
		}
	}

	private void promptTexts(long promptId, PromptDraft draft) {
		draft.texts().forEach((language, text) -> {
			if (text != null && text.text() != null && !text.text().isBlank()) {
				this.jdbc.update("""
						insert into training_prompt_texts (prompt_id, language, text, options)
						values (:id, :language, :text, :options)""",
						new MapSqlParameterSource("id", promptId).addValue("language", language.code())
							.addValue("text", text.text().strip())
							.addValue("options", text.options().isEmpty() ? null : String.join("\n", text.options())));
			}
		});
	}

	private static MapSqlParameterSource promptParams(PromptDraft draft) {
		return new MapSqlParameterSource("link", blankToNull(draft.linkUrl()))
			.addValue("photo", blankToNull(draft.photoUrl()))
			.addValue("question", draft.question().name());
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	void audiences(long programId, List<Audience> audiences) {
		this.jdbc.update("delete from training_audiences where program_id = :program", Map.of("program", programId));
		for (Audience audience : audiences) {
			this.jdbc.update("""
					insert into training_audiences (program_id, kind, value) values (:program, :kind, :value)
					on conflict do nothing""",
					Map.of("program", programId, "kind", audience.kind().name(), "value", audience.value()));
		}
	}

	Optional<Program> find(long id) {
		return programs("where p.id = :id", new MapSqlParameterSource("id", id)).stream().findFirst();
	}

	/** Programs matching a condition on {@code p}, newest first. */
	List<Program> programs(String where, MapSqlParameterSource params) {
		List<Row> rows = this.jdbc.query("select p.* from training_programs p " + where + " order by p.id desc", params,
				ProgramStore::row);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, Map<Language, ProgramText>> texts = new LinkedHashMap<>();
		this.jdbc.query("select * from training_program_texts where program_id in (:ids)", Map.of("ids", ids), (rs) -> {
			Optional<Language> language = Language.fromCode(rs.getString("language"));
			if (language.isPresent()) {
				texts.computeIfAbsent(rs.getLong("program_id"), (k) -> new EnumMap<>(Language.class))
					.put(language.get(), new ProgramText(rs.getString("title"), rs.getString("description")));
			}
		});
		Map<Long, Map<Language, PromptText>> promptTexts = new LinkedHashMap<>();
		this.jdbc.query("""
				select t.* from training_prompt_texts t join training_prompts p on p.id = t.prompt_id
				where p.program_id in (:ids)""", Map.of("ids", ids), (rs) -> {
			String options = rs.getString("options");
			Optional<Language> language = Language.fromCode(rs.getString("language"));
			if (language.isPresent()) {
				promptTexts.computeIfAbsent(rs.getLong("prompt_id"), (k) -> new EnumMap<>(Language.class))
					.put(language.get(), new PromptText(rs.getString("text"),
							(options == null) ? List.of() : Arrays.asList(options.split("\n"))));
			}
		});
		Map<Long, List<Prompt>> prompts = new LinkedHashMap<>();
		this.jdbc.query("select * from training_prompts where program_id in (:ids) order by program_id, position",
				Map.of("ids", ids), (rs) -> {
					long promptId = rs.getLong("id");
					prompts.computeIfAbsent(rs.getLong("program_id"), (k) -> new ArrayList<>())
						.add(new Prompt(promptId, rs.getInt("position"), promptTexts.getOrDefault(promptId, Map.of()),
								Optional.ofNullable(rs.getString("link_url")),
								Optional.ofNullable(rs.getString("photo_url")),
								Question.valueOf(rs.getString("question"))));
				});
		Map<Long, List<Audience>> audiences = new LinkedHashMap<>();
		this.jdbc.query("select * from training_audiences where program_id in (:ids) order by kind, value",
				Map.of("ids", ids), (rs) -> {
					audiences.computeIfAbsent(rs.getLong("program_id"), (k) -> new ArrayList<>())
						.add(new Audience(AudienceKind.valueOf(rs.getString("kind")), rs.getString("value")));
				});
		return rows.stream()
			.map((row) -> new Program(row.id, texts.getOrDefault(row.id, Map.of()), row.schedule, row.country,
					row.network, row.open, row.postToGroups, row.status, row.createdBy, row.createdAt,
					prompts.getOrDefault(row.id, List.of()), audiences.getOrDefault(row.id, List.of())))
			.toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String weekdays = rs.getString("weekdays");
		int everyDays = rs.getInt("every_days");
		Integer every = rs.wasNull() ? null : everyDays;
		int late = rs.getInt("late_minutes");
		Integer lateMinutes = rs.wasNull() ? null : late;
		ProgramSchedule schedule = new ProgramSchedule(every,
				(weekdays == null) ? java.util.Set.of()
						: Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet()),
				rs.getTime("local_time").toLocalTime(), rs.getDate("starts_on").toLocalDate(), lateMinutes);
		return new Row(rs.getLong("id"), schedule, Optional.ofNullable(rs.getString("country")).map(Country::valueOf),
				Optional.ofNullable(rs.getString("network")).map(Network::valueOf), rs.getBoolean("open"),
				rs.getBoolean("post_to_groups"), ProgramStatus.valueOf(rs.getString("status")),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

	private record Row(long id, ProgramSchedule schedule, Optional<Country> country, Optional<Network> network,
			boolean open, boolean postToGroups, ProgramStatus status, String createdBy, Instant createdAt) {
	}

}
