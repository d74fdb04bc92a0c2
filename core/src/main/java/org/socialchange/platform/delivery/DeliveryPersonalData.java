package org.socialchange.platform.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PersonalData;

/**
 * The outbox rows addressed to a person (by educator or by their chat). The export lists
 * what was sent or meant for them: source, state, times, the text and its link, since the
 * text is what they received from the platform; Telegram's message ids and error texts
 * are left out, they say nothing about the person the state does not. Erasure keeps the
 * rows, so counts of past broadcasts stay right, but forgets whom they went to and
 * cancels what was not sent.
 */
@Component
class DeliveryPersonalData implements PersonalData {

	private static final String OF_SUBJECT = "(educator_id = ? or chat_id = ?)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DeliveryPersonalData(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "messages";
	}

	@Override
	public Set<String> tables() {
		return Set.of("deliveries");
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		List<Map<String, Object>> messages = this.jdbc
			.query("select source, state, text, link_url, created_at, finished_at from deliveries where " + OF_SUBJECT
					+ " order by created_at, id", (row, index) -> {
						Map<String, Object> message = new LinkedHashMap<>();
						message.put("source", row.getString("source"));
						message.put("state", row.getString("state"));
						message.put("text", row.getString("text"));
						message.put("linkUrl", row.getString("link_url"));
						message.put("createdAt", instant(row.getTimestamp("created_at")));
						message.put("finishedAt", instant(row.getTimestamp("finished_at")));
						return message;
					}, subject.educatorId().value(), subject.chatId().value());
		return messages.isEmpty() ? Map.of() : Map.of("deliveries", messages);
	}

	@Override
	public void erase(DataSubject subject) {
		this.jdbc.update("""
				update deliveries
				set state = case when state = 'PENDING' then 'CANCELLED' else state end,
				    finished_at = coalesce(finished_at, ?),
				    chat_id = 0, educator_id = null
				where""" + " " + OF_SUBJECT, Timestamp.from(this.clock.instant()), subject.educatorId().value(),
				subject.chatId().value());
	}

	private static String instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant().toString() : null;
	}

}
