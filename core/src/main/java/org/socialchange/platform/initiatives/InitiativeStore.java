package org.socialchange.platform.initiatives;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Topic;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Initiatives, their updates and files: plain rows, read and written with SQL. Keeps each
 * initiative's search words: its own and those of its visible updates.
 */
@Component
class InitiativeStore {

	static final String INITIATIVE_COLUMNS = """
			i.id, i.author_id, i.title, i.summary, i.country, i.place, i.stage, i.created_at, i.last_activity_at,
			i.archived_at,
			array(select t.topic from initiative_topics t where t.initiative_id = i.id) as topics,
			array(select g.group_id from initiative_groups g where g.initiative_id = i.id) as group_ids,
			array(select n.need from initiative_needs n where n.initiative_id = i.id) as needs""";

	private static final String UPDATE_COLUMNS = """
			u.id, u.initiative_id, u.author_id, u.text, u.media_kind, u.created_at, u.edited_at, u.hidden_reason,
			u.hidden_at""";

	private final NamedParameterJdbcTemplate jdbc;

	InitiativeStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// initiatives

	long insert(long authorId, Country country, InitiativeDraft draft, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into initiatives (author_id, title, summary, country, place, stage, created_at, updated_at,
				    last_activity_at)
				values (:author, :title, :summary, :country, :place, :stage, :now, :now, :now)""",
				new MapSqlParameterSource(draftParams(draft)).addValue("author", authorId)
					.addValue("country", (country != null) ? country.name() : null)
					.addValue("now", Timestamp.from(now)),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		replaceSets(id, draft);
		refreshWords(id);
		return id;
	}

	void update(long id, InitiativeDraft draft, Instant now) {
		this.jdbc.update("""
				update initiatives set title = :title, summary = :summary, place = :place, stage = :stage,
				    updated_at = :now where id = :id""",
				new MapSqlParameterSource(draftParams(draft)).addValue("id", id).addValue("now", Timestamp.from(now)));
		replaceSets(id, draft);
		refreshWords(id);
	}

	void archive(long id, boolean archived, Instant now) {
		this.jdbc.update("update initiatives set archived_at = :at, updated_at = :now where id = :id",
				new MapSqlParameterSource("id", id).addValue("at", archived ? Timestamp.from(now) : null)
					.addValue("now", Timestamp.from(now)));
	}

	Optional<Initiative> find(long id) {
		return this.jdbc
			.query("select " + INITIATIVE_COLUMNS + " from initiatives i where i.id = :id", Map.of("id", id),
					InitiativeStore::initiative)
			.stream()
			.findFirst();
	}

	List<Initiative> byAuthor(long authorId) {
		return this.jdbc.query("select " + INITIATIVE_COLUMNS
				+ " from initiatives i where i.author_id = :author order by i.archived_at nulls first, i.last_activity_at desc",
				Map.of("author", authorId), InitiativeStore::initiative);
	}

	List<Initiative> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Initiative> byId = this.jdbc
			.query("select " + INITIATIVE_COLUMNS + " from initiatives i where i.id in (:ids)", Map.of("ids", ids),
					InitiativeStore::initiative)
			.stream()
			.collect(Collectors.toMap(Initiative::id, Function.identity()));
		return ids.stream().map(byId::get).filter((initiative) -> initiative != null).toList();
	}

	/**
	 * An initiative's own words and those of its visible updates, searchable together.
	 */
	void refreshWords(long initiativeId) {
		String own = words(":own");
		this.jdbc.update(
				"update initiatives i set own_words = " + own + ", words = " + own
						+ " || coalesce((select tsvector_agg(u.words) from initiative_updates u"
						+ " where u.initiative_id = i.id and u.hidden_at is null), '') where i.id = :id",
				Map.of("id", initiativeId, "own", ownWords(initiativeId)));
	}

	/**
	 * The stored words of normalised text (a parameter): the words as they are, and the
	 * stems PostgreSQL's Russian (with English for Latin script) and Armenian stemmers
	 * give, so a query word's stem finds a form it is not the beginning of.
	 */
	static String words(String parameter) {
		return "(to_tsvector('simple', %1$s) || to_tsvector('russian', %1$s) || to_tsvector('armenian', %1$s))"
			.formatted(parameter);
	}

	private String ownWords(long id) {
		return this.jdbc
			.query("select title, summary, place from initiatives where id = :id", Map.of("id", id),
					(rs, n) -> SearchWords.normalize(rs.getString("title") + " " + rs.getString("summary") + " "
							+ ((rs.getString("place") != null) ? rs.getString("place") : "")))
			.stream()
			.findFirst()
			.orElse("");
	}

	private void replaceSets(long id, InitiativeDraft draft) {
		Map<String, Object> params = Map.of("id", id);
		this.jdbc.update("delete from initiative_topics where initiative_id = :id", params);
		this.jdbc.update("delete from initiative_groups where initiative_id = :id", params);
		this.jdbc.update("delete from initiative_needs where initiative_id = :id", params);
		for (Topic topic : draft.topics()) {
			this.jdbc.update("insert into initiative_topics (initiative_id, topic) values (:id, :value)",
					Map.of("id", id, "value", topic.name()));
		}
		for (Long group : draft.groupIds()) {
			this.jdbc.update("insert into initiative_groups (initiative_id, group_id) values (:id, :value)",
					Map.of("id", id, "value", group));
		}
		for (Need need : draft.needs()) {
			this.jdbc.update("insert into initiative_needs (initiative_id, need) values (:id, :value)",
					Map.of("id", id, "value", need.name()));
		}
	}

	private static Map<String, Object> draftParams(InitiativeDraft draft) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", draft.title());
		params.put("summary", draft.summary());
		params.put("place", draft.place());
		params.put("stage", draft.stage().name());
		return params;
	}

	static Initiative initiative(ResultSet rs, int row) throws SQLException {
		return new Initiative(rs.getLong("id"), rs.getLong("author_id"), rs.getString("title"), rs.getString("summary"),
				Optional.ofNullable(rs.getString("country")).map(Country::valueOf),
				Optional.ofNullable(rs.getString("place")), Stage.valueOf(rs.getString("stage")),
				strings(rs.getArray("topics")).stream().map(Topic::valueOf).collect(Collectors.toSet()),
				longs(rs.getArray("group_ids")),
				strings(rs.getArray("needs")).stream().map(Need::valueOf).collect(Collectors.toSet()),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_activity_at").toInstant(),
				rs.getTimestamp("archived_at") != null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList() : List.of();
	}

	private static Set<Long> longs(Array array) throws SQLException {
		return (array != null) ? Arrays.stream((Object[]) array.getArray())
			.map((value) -> ((Number) value).longValue())
			.collect(Collectors.toSet()) : Set.of();
	}

	// updates

	long insertUpdate(long initiativeId, long authorId, String text, MediaKind kind, String mediaGroup,
			List<UpdateFile> files, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(
				"""
						insert into initiative_updates (initiative_id, author_id, text, media_kind, media_group, created_at, words)
						values (:initiative, :author, :text, :kind, :group, :now, """
						+ words(":words") + ")",
				new MapSqlParameterSource("initiative", initiativeId).addValue("author", authorId)
					.addValue("text", text)
					.addValue("kind", kind.name())
					.addValue("group", mediaGroup)
					.addValue("now", Timestamp.from(now))
					.addValue("words", SearchWords.normalize(text)),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		addFiles(id, files);
		this.jdbc.update("update initiatives set last_activity_at = :now where id = :id",
				Map.of("id", initiativeId, "now", Timestamp.from(now)));
		refreshWords(initiativeId);
		return id;
	}

	/** The album an author is sending, by Telegram's media group id. */
	Optional<Long> albumUpdate(long authorId, String mediaGroup) {
		return this.jdbc
			.queryForList("select id from initiative_updates where author_id = :author and media_group = :group",
					Map.of("author", authorId, "group", mediaGroup), Long.class)
			.stream()
			.findFirst();
	}

	/** Adds files after those an update has (the next photos of an album). */
	void addFiles(long updateId, List<UpdateFile> files) {
		Integer last = this.jdbc.queryForObject(
				"select coalesce(max(position), -1) from update_files where update_id = :id", Map.of("id", updateId),
				Integer.class);
		int position = (last != null) ? last + 1 : 0;
		for (UpdateFile file : files) {
			this.jdbc.update("""
					insert into update_files (update_id, position, kind, file_id, file_name)
					values (:id, :position, :kind, :file, :name)""",
					new MapSqlParameterSource("id", updateId).addValue("position", position++)
						.addValue("kind", file.kind().name())
						.addValue("file", file.fileId())
						.addValue("name", file.fileName()));
		}
	}

	void editUpdate(long id, String text, Instant now) {
		this.jdbc.update(
				"""
						update initiative_updates set text = :text, edited_at = :now, words = """ + words(":words")
						+ " where id = :id",
				new MapSqlParameterSource("id", id).addValue("text", text)
					.addValue("now", Timestamp.from(now))
					.addValue("words", SearchWords.normalize(text)));
		findUpdate(id).ifPresent((update) -> refreshWords(update.initiativeId()));
	}

	void deleteUpdate(long id) {
		Optional<InitiativeUpdate> update = findUpdate(id);
		this.jdbc.update("delete from initiative_updates where id = :id", Map.of("id", id));
		update.ifPresent((deleted) -> refreshWords(deleted.initiativeId()));
	}

	void hideUpdate(long id, String by, String reason, Instant now) {
		this.jdbc.update("""
				update initiative_updates set hidden_at = :now, hidden_by = :by, hidden_reason = :reason
				where id = :id and hidden_at is null""",
				new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now))
					.addValue("by", by)
					.addValue("reason", reason));
		findUpdate(id).ifPresent((update) -> refreshWords(update.initiativeId()));
	}

	Optional<InitiativeUpdate> findUpdate(long id) {
		List<InitiativeUpdate> found = this.jdbc.query(
				"select " + UPDATE_COLUMNS + " from initiative_updates u where u.id = :id", Map.of("id", id),
				InitiativeStore::update);
		return withFiles(found).stream().findFirst();
	}

	/** Updates of an initiative, newest first; hidden ones only when asked. */
	List<InitiativeUpdate> updatesOf(long initiativeId, boolean withHidden, int offset, int limit) {
		return withFiles(this.jdbc.query(
				"select " + UPDATE_COLUMNS + " from initiative_updates u " + "where u.initiative_id = :id"
						+ (withHidden ? "" : " and u.hidden_at is null")
						+ " order by u.created_at desc, u.id desc offset :offset limit :limit",
				Map.of("id", initiativeId, "offset", offset, "limit", limit), InitiativeStore::update));
	}

	long countUpdates(long initiativeId) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from initiative_updates where initiative_id = :id and hidden_at is null",
				Map.of("id", initiativeId), Long.class);
		return (count != null) ? count : 0;
	}

	List<InitiativeUpdate> updatesByAuthor(long authorId) {
		return withFiles(this.jdbc.query(
				"select " + UPDATE_COLUMNS
						+ " from initiative_updates u where u.author_id = :author order by u.created_at, u.id",
				Map.of("author", authorId), InitiativeStore::update));
	}

	List<InitiativeUpdate> updates(String where, Map<String, ?> params) {
		return withFiles(this.jdbc.query("select " + UPDATE_COLUMNS + " from initiative_updates u " + where, params,
				InitiativeStore::update));
	}

	private List<InitiativeUpdate> withFiles(List<InitiativeUpdate> updates) {
		List<Long> withMedia = updates.stream()
			.filter((update) -> update.mediaKind() != MediaKind.NONE)
			.map(InitiativeUpdate::id)
			.toList();
		if (withMedia.isEmpty()) {
			return updates;
		}
		Map<Long, List<UpdateFile>> files = new LinkedHashMap<>();
		this.jdbc.query(
				"select update_id, kind, file_id, file_name from update_files where update_id in (:ids) order by update_id, position",
				Map.of("ids", withMedia), (rs) -> {
					files.computeIfAbsent(rs.getLong("update_id"), (id) -> new ArrayList<>())
						.add(new UpdateFile(UpdateFile.Kind.valueOf(rs.getString("kind")), rs.getString("file_id"),
								rs.getString("file_name")));
				});
		return updates.stream()
			.map((update) -> new InitiativeUpdate(update.id(), update.initiativeId(), update.authorId(), update.text(),
					update.mediaKind(), files.getOrDefault(update.id(), List.of()), update.createdAt(),
					update.editedAt(), update.hiddenReason()))
			.toList();
	}

	static InitiativeUpdate update(ResultSet rs, int row) throws SQLException {
		Timestamp edited = rs.getTimestamp("edited_at");
		String hiddenReason = (rs.getTimestamp("hidden_at") != null)
				? Optional.ofNullable(rs.getString("hidden_reason")).orElse("") : null;
		return new InitiativeUpdate(rs.getLong("id"), rs.getLong("initiative_id"), rs.getLong("author_id"),
				Optional.ofNullable(rs.getString("text")).filter((text) -> !text.isEmpty()),
				MediaKind.valueOf(rs.getString("media_kind")), List.of(), rs.getTimestamp("created_at").toInstant(),
				Optional.ofNullable(edited).map(Timestamp::toInstant), Optional.ofNullable(hiddenReason));
	}

	// erasure

	void eraseAuthor(long educatorId) {
		this.jdbc.update("delete from initiative_updates where author_id = :id", Map.of("id", educatorId));
		this.jdbc.update("delete from initiatives where author_id = :id", Map.of("id", educatorId));
	}

}
