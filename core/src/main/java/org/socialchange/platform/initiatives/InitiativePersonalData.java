package org.socialchange.platform.initiatives;

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
 * An educator's initiatives and updates (with the file ids of their photos and
 * documents), follows, reactions, the replies they wrote and received, their consents to
 * exchange contacts, reports and preferences: exported, and erased with the person.
 */
@Component
@Order(15)
class InitiativePersonalData implements PersonalData {

	private final InitiativeStore store;

	private final Engagement engagement;

	private final NamedParameterJdbcTemplate jdbc;

	InitiativePersonalData(InitiativeStore store, Engagement engagement, NamedParameterJdbcTemplate jdbc) {
		this.store = store;
		this.engagement = engagement;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "initiatives";
	}

	@Override
	public Set<String> tables() {
		return Set.of("initiatives", "initiative_updates", "initiative_follows", "follower_notices", "update_reactions",
				"update_replies", "contact_consents", "update_reports", "initiative_preferences",
				"partner_suggestions");
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		long id = subject.educatorId().value();
		Map<String, Object> data = new LinkedHashMap<>();
		List<Map<String, Object>> initiatives = this.store.byAuthor(id).stream().map((initiative) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", initiative.id());
			row.put("title", initiative.title());
			row.put("summary", initiative.summary());
			row.put("place", initiative.place().orElse(null));
			row.put("stage", initiative.stage().name());
			row.put("topics", initiative.sortedTopics().stream().map(Enum::name).toList());
			row.put("lookingFor", initiative.needs().stream().map(Enum::name).sorted().toList());
			row.put("peerGroups", initiative.groupIds().stream().sorted().toList());
			row.put("createdAt", initiative.createdAt().toString());
			row.put("archived", initiative.archived());
			return row;
		}).toList();
		List<Map<String, Object>> updates = this.store.updatesByAuthor(id).stream().map((update) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", update.id());
			row.put("initiativeId", update.initiativeId());
			row.put("text", update.text().orElse(null));
			row.put("files", update.files()
				.stream()
				.map((file) -> (file.fileName() != null) ? file.kind() + " " + file.fileName() : file.kind().name())
				.toList());
			row.put("postedAt", update.createdAt().toString());
			update.editedAt().ifPresent((at) -> row.put("editedAt", at.toString()));
			update.hiddenReason().ifPresent((reason) -> row.put("hiddenByCoordinator", reason));
			return row;
		}).toList();
		put(data, "initiatives", initiatives);
		put(data, "updates", updates);
		put(data, "following", this.jdbc.queryForList("""
				select i.title, f.followed_at::text as since from initiative_follows f
				join initiatives i on i.id = f.initiative_id where f.educator_id = :id order by f.followed_at""",
				Map.of("id", id)));
		put(data, "foundUseful", this.jdbc.queryForList("""
				select update_id as "updateId", reacted_at::text as "at" from update_reactions
				where educator_id = :id order by reacted_at""", Map.of("id", id)));
		put(data, "repliesWritten", this.jdbc.queryForList("""
				select text, created_at::text as "at" from update_replies where from_id = :id order by created_at""",
				Map.of("id", id)));
		put(data, "repliesReceived", this.jdbc.queryForList("""
				select text, created_at::text as "at" from update_replies where to_id = :id order by created_at""",
				Map.of("id", id)));
		put(data, "contactsShared", this.jdbc.queryForList("""
				select agreed_at::text as "at" from contact_consents where educator_id = :id order by agreed_at""",
				Map.of("id", id)));
		put(data, "reports", this.jdbc.queryForList("""
				select update_id as "updateId", reason, created_at::text as "at" from update_reports
				where reporter_id = :id order by created_at""", Map.of("id", id)));
		Preferences preferences = this.engagement.preferences(id);
		if (!preferences.equals(Preferences.DEFAULT)) {
			data.put("preferences", Map.of("groupDigestsInPrivate", preferences.digestsInPrivate(),
					"partnerSuggestions", preferences.partnerSuggestions()));
		}
		return data;
	}

	private static void put(Map<String, Object> data, String key, List<?> rows) {
		if (!rows.isEmpty()) {
			data.put(key, rows);
		}
	}

	@Override
	public void erase(DataSubject subject) {
		long id = subject.educatorId().value();
		this.engagement.erase(id);
		this.store.eraseAuthor(id);
	}

}
