package org.socialchange.platform.audit;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PersonalData;

/**
 * Audit entries about a person's chat: a coordinator may send a broadcast test to a chat
 * that is an educator's (their own account, for one). The export lists those actions and
 * when; the coordinator who acted is theirs, not the educator's, and stays out. Erasure
 * keeps the entry, for coordinators' accountability, but forgets the chat.
 */
@Component
class AuditPersonalData implements PersonalData {

	static final String ERASED_CHAT = "chat:erased";

	private final JdbcTemplate jdbc;

	AuditPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "audit";
	}

	@Override
	public Set<String> tables() {
		return Set.of("audit_entries");
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		List<Map<String, Object>> entries = this.jdbc
			.query("select action, at from audit_entries where subject = ? order by at, id", (row, index) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("action", row.getString("action"));
				entry.put("at", row.getObject("at", Timestamp.class).toInstant().toString());
				return entry;
			}, BroadcastAudit.chatSubject(subject.chatId().value()));
		return entries.isEmpty() ? Map.of() : Map.of("entries", entries);
	}

	@Override
	public void erase(DataSubject subject) {
		this.jdbc.update("update audit_entries set subject = ?, details = null where subject = ?", ERASED_CHAT,
				BroadcastAudit.chatSubject(subject.chatId().value()));
	}

}
