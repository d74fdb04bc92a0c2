package org.socialchange.platform.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PersonalData;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An educator's enrolments in training programs, the prompts they were sent, and their
 * answers and reflections: exported, and erased with the person.
 */
@Component
@Order(16)
class TrainingPersonalData implements PersonalData {

	private final NamedParameterJdbcTemplate jdbc;

	TrainingPersonalData(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "training";
	}

	@Override
	public Set<String> tables() {
		return Set.of("training_enrolments", "training_sends", "training_answers");
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		Map<String, Object> params = Map.of("educator", subject.educatorId().value());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("enrolments",
				rows("""
						select en.program_id as "programId", en.via, en.next_position as "received", en.enrolled_at as "enrolledAt",
						    en.paused_at as "pausedAt", en.finished_at as "finishedAt"
						from training_enrolments en where en.educator_id = :educator order by en.id""",
						params));
		data.put("promptsReceived", rows("""
				select s.prompt_id as "promptId", s.position + 1 as "number", s.sent_at as "sentAt",
				    s.on_request as "onRequest", s.reminded_at as "remindedAt"
				from training_sends s where s.educator_id = :educator order by s.id""", params));
		data.put("answers", rows("""
				select a.prompt_id as "promptId", a.options as "chosenOptions", a.reflection, a.sharing,
				    a.answered_at as "answeredAt", a.changed_at as "changedAt"
				from training_answers a where a.educator_id = :educator order by a.send_id""", params));
		return data;
	}

	private List<Map<String, Object>> rows(String sql, Map<String, Object> params) {
		return this.jdbc.queryForList(sql, params).stream().map((row) -> {
			Map<String, Object> clean = new LinkedHashMap<>();
			row.forEach((key, value) -> clean.put(key,
					(value instanceof java.util.Date date) ? date.toInstant().toString() : value));
			return clean;
		}).toList();
	}

	@Override
	public void erase(DataSubject subject) {
		Map<String, Object> params = Map.of("educator", subject.educatorId().value());
		this.jdbc.update("delete from training_answers where educator_id = :educator", params);
		this.jdbc.update("delete from training_sends where educator_id = :educator", params);
		this.jdbc.update("delete from training_enrolments where educator_id = :educator", params);
	}

}
