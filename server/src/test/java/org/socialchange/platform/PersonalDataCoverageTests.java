package org.socialchange.platform;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.privacy.PersonalData;
import org.socialchange.platform.privacy.PrivacyManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table that refers to a person has a {@link PersonalData} contributor that exports
 * and erases its rows. It reads the whole Flyway schema of the running application, so a
 * new table is checked the moment its migration exists; it lives here, not in core,
 * because contributors live in every module (the bot's conversations, for one).
 * <p>
 * The rule: a table refers to a person when one of its columns is named
 * {@code educator_id}, {@code user_id} or {@code chat_id} (alone or as the end of a
 * longer name, such as {@code telegram_user_id}), or ends in {@code _by} (who did
 * something), or is a foreign key to {@code educators}. Ids hidden in text columns cannot
 * be seen by name: a feature that writes them declares its table all the same (the audit
 * log refuses to name a chat, so it holds none).
 */
@PlatformTest
class PersonalDataCoverageTests {

	static final Pattern PERSON_COLUMN = Pattern.compile("^(.*_)?(educator|user|chat)_id$|_by$");

	/**
	 * Tables that hold no personal data although they may look as if they did (or are
	 * asked about), each with the reason.
	 */
	static final Map<String, String> NO_PERSONAL_DATA = Map.ofEntries(
			// update ids and when they came, to handle a redelivered update once; an
			// update's content only between its arrival and its handling (seconds), then
			// never again; pruned after a week
			Map.entry("telegram_updates", "update ids and times; content only until handled"),
			// one dated row per erasure, nothing that says whose
			Map.entry("erasures", "anonymous dated counts"),
			// an event may name a chat until its listener succeeds; then the row is
			// deleted (completion-mode delete), and a late replay for an erased person
			// finds nobody to act on
			Map.entry("event_publication", "listener calls not yet done, deleted once done"),
			// installed_by is the database role that ran a migration
			Map.entry("flyway_schema_history", "the schema's history"),
			// created_by and cancelled_by are coordinators' e-mail addresses:
			// coordinators
			// are admin accounts, not educators, and the texts go to everyone
			Map.entry("broadcasts", "composed by coordinators for everyone"),
			// coordinators' own admin accounts; telegram_user_id and telegram_chat_id are
			// the coordinator's own linked account, which they unlink on their account
			// page
			Map.entry("coordinators", "admin accounts and their own linked Telegram account"),
			// append-only and hash-chained, so nothing could be erased from it: it names
			// coordinators, broadcasts and groups, an educator only by the internal id
			// that means nothing once they are erased, never a chat (AuditLog refuses
			// chat: subjects; migration V16 stripped the old ones)
			Map.entry("audit_entries", "coordinators' actions; educators by internal id only"),
			// invited_by is an administrator's e-mail address; invitations are for
			// admin accounts, not educators
			Map.entry("coordinator_invitations", "admin accounts invited by administrators"),
			// chat_id is the Telegram group chat linked to a peer group, not a person
			Map.entry("peer_groups", "groups and the group chats linked to them"),
			// created_by is the coordinator's e-mail address; nothing of who used a link
			Map.entry("network_invites", "invite links made by coordinators"),
			// created_by is the coordinator's e-mail address; the programs are composed
			// by coordinators for their audiences (educators' answers are in
			// TrainingPersonalData)
			Map.entry("training_programs", "training programs composed by coordinators"));

	/** Quartz's job store: job and trigger names and times, no person in them. */
	static final String QUARTZ_PREFIX = "qrtz_";

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTableThatRefersToAPersonHasAContributor() {
		Set<String> covered = covered();
		Map<String, Set<String>> uncovered = new TreeMap<>();
		personColumns().forEach((table, columns) -> {
			if (!covered.contains(table) && !NO_PERSONAL_DATA.containsKey(table) && !table.startsWith(QUARTZ_PREFIX)) {
				uncovered.put(table, columns);
			}
		});
		assertThat(uncovered).as("tables referring to a person (with those columns) that no PersonalData declares")
			.isEmpty();
	}

	@Test
	void contributorsAndTheAllowListNameTablesThatExistAndNoTableIsBoth() {
		Set<String> tables = tables();
		assertThat(tables).as("every table a contributor declares exists").containsAll(covered());
		assertThat(tables).as("every allow-listed table exists").containsAll(NO_PERSONAL_DATA.keySet());
		assertThat(covered()).as("a table with a contributor is not allow-listed")
			.doesNotContainAnyElementsOf(NO_PERSONAL_DATA.keySet());
	}

	Set<String> covered() {
		return this.privacy.contributors()
			.stream()
			.flatMap((contributor) -> contributor.tables().stream())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	Set<String> tables() {
		return new TreeSet<>(this.jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""", String.class));
	}

	/** Each table that refers to a person, with the columns that do. */
	Map<String, Set<String>> personColumns() {
		Map<String, Set<String>> tables = new TreeMap<>();
		this.jdbc.query("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'""", (row) -> {
			String column = row.getString("column_name");
			if (PERSON_COLUMN.matcher(column).find()) {
				tables.computeIfAbsent(row.getString("table_name"), (table) -> new TreeSet<>()).add(column);
			}
		});
		this.jdbc.query("""
				select k.table_name, k.column_name from information_schema.referential_constraints r
				join information_schema.key_column_usage k
				    on k.constraint_schema = r.constraint_schema and k.constraint_name = r.constraint_name
				join information_schema.table_constraints p
				    on p.constraint_schema = r.unique_constraint_schema and p.constraint_name = r.unique_constraint_name
				where r.constraint_schema = current_schema() and p.table_name = 'educators'""", (row) -> {
			tables.computeIfAbsent(row.getString("table_name"), (table) -> new TreeSet<>())
				.add(row.getString("column_name"));
		});
		return tables;
	}

}
