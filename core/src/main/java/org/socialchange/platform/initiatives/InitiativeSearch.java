package org.socialchange.platform.initiatives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds initiatives by words, topic, country and stage, newest activity first. Every
 * query word matches the stored words that begin with it, with its Russian, Armenian and
 * English stem (PostgreSQL's stemmers) or with it less its Georgian, Azerbaijani or Tajik
 * ending ({@link SearchWords}); all words must match. Members see the initiatives of
 * members whose visibility lets them see the author.
 */
@Component
class InitiativeSearch {

	/**
	 * Whom a viewer may see: themselves, the whole network's members, fellow members of a
	 * group.
	 */
	static final String VISIBLE_AUTHOR = visibleAuthor("e", ":viewer");

	/**
	 * The condition that the educator under the alias may be seen by the viewer (an SQL
	 * expression): themselves, a member whose visibility is the whole network, or a
	 * member who shows themselves to their peer groups and shares one with the viewer.
	 */
	static String visibleAuthor(String author, String viewer) {
		return """
				(%1$s.admission = 'MEMBER' and (%1$s.id = %2$s or %1$s.visibility = 'NETWORK'
				    or (%1$s.visibility = 'PEER_GROUPS' and exists (select 1 from peer_group_members ma
				        join peer_group_members mb on mb.group_id = ma.group_id
				        where ma.educator_id = %1$s.id and mb.educator_id = %2$s))))""".formatted(author, viewer);
	}

	/**
	 * Words that PostgreSQL's statistics expect in fewer than this share of active
	 * initiatives are looked up in the GIN index first; commoner words are found sooner
	 * by reading initiatives newest first (the crossover measured by the benchmark).
	 */
	static final double FEW_SHARE = 0.03;

	private static final Pattern ESTIMATED_ROWS = Pattern.compile(" rows=(\\d+) ");

	private static final String AUTHOR_NAMES = ", e.display_name, e.country as author_country, "
			+ "e.region as author_region";

	private static final String AUTHOR_COLUMNS = AUTHOR_NAMES
			+ " from initiatives i join educators e on e.id = i.author_id";

	private static final String[] STEMMERS = { "russian", "armenian", "english" };

	private final NamedParameterJdbcTemplate jdbc;

	InitiativeSearch(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the viewer may see this educator (and so their initiatives). */
	boolean visible(long viewerId, long authorId) {
		Boolean visible = this.jdbc.queryForObject(
				"select exists (select 1 from educators e where e.id = :author and " + VISIBLE_AUTHOR + ")",
				new MapSqlParameterSource("viewer", viewerId).addValue("author", authorId), Boolean.class);
		return Boolean.TRUE.equals(visible);
	}

	/** What an educator may find. */
	InitiativePage forMember(long viewerId, InitiativeFilter filter, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource("viewer", viewerId);
		return search(filter, VISIBLE_AUTHOR, false, params, page, size);
	}

	/**
	 * What a coordinator may see: the initiatives of educators in their scope, archived
	 * too.
	 */
	InitiativePage forCoordinator(EducatorScope scope, InitiativeFilter filter, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		return search(filter, scopeCondition(scope, params), true, params, page, size);
	}

	/** One initiative of an educator in the coordinator's scope. */
	Optional<InitiativeSummary> forCoordinator(EducatorScope scope, long id) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", id);
		return this.jdbc
			.query("select " + InitiativeStore.INITIATIVE_COLUMNS + AUTHOR_COLUMNS + " where i.id = :id and "
					+ scopeCondition(scope, params), params, InitiativeSearch::summary)
			.stream()
			.findFirst();
	}

	static String scopeCondition(EducatorScope scope, MapSqlParameterSource params) {
		if (scope.nobody()) {
			return "false";
		}
		StringJoiner condition = new StringJoiner(" and ", "(", ")").setEmptyValue("true");
		if (!scope.countries().isEmpty()) {
			condition.add("e.country in (:scopeCountries)");
			params.addValue("scopeCountries", scope.countries().stream().map(Enum::name).toList());
		}
		if (!scope.networks().isEmpty()) {
			condition.add("e.network in (:scopeNetworks)");
			params.addValue("scopeNetworks", scope.networks().stream().map(Enum::name).toList());
		}
		return condition.toString();
	}

	private InitiativePage search(InitiativeFilter filter, String visible, boolean withArchived,
			MapSqlParameterSource params, int page, int size) {
		List<InitiativeSummary> found = this.jdbc.query(sql(filter, visible, withArchived, params, page, size), params,
				InitiativeSearch::summary);
		boolean hasNext = found.size() > size;
		return new InitiativePage(hasNext ? found.subList(0, size) : found, page, hasNext);
	}

	/**
	 * The query of a page (one row more than {@code size}, to tell whether more follow),
	 * its parameters added to {@code params}; the benchmark explains it. Words that few
	 * initiatives have are looked up in the GIN index first: PostgreSQL cannot know how
	 * rare an unusual word is, and would otherwise walk every initiative newest first.
	 */
	String sql(InitiativeFilter filter, String visible, boolean withArchived, MapSqlParameterSource params, int page,
			int size) {
		Optional<String> query = tsquery(filter.keywords(), params);
		boolean few = query.isPresent() && fewMatch(query.get(), params);
		return sql(filter, query, few, visible, withArchived, params, page, size);
	}

	/**
	 * Whether the statistics expect the words in few active initiatives: the planner's
	 * estimate (EXPLAIN, which reads no row) against the table's size. Plans are made for
	 * the words at hand, never generic, and without sequential scans for the rest of the
	 * caller's transaction: PostgreSQL, taking a common word for common, would otherwise
	 * read every initiative to find the few a rare word is in.
	 */
	private boolean fewMatch(String tsquery, MapSqlParameterSource params) {
		this.jdbc.getJdbcTemplate()
			.execute("set local enable_seqscan = off; set local plan_cache_mode = force_custom_plan");
		List<String> plan = this.jdbc.queryForList(
				"explain select 1 from initiatives i where i.archived_at is null and i.words @@ " + tsquery, params,
				String.class);
		Matcher estimate = ESTIMATED_ROWS.matcher(plan.get(0));
		Double size = this.jdbc.getJdbcTemplate()
			.queryForObject("select reltuples from pg_class where oid = 'initiatives'::regclass", Double.class);
		return size == null || size <= 0 || !estimate.find() || Long.parseLong(estimate.group(1)) < size * FEW_SHARE;
	}

	private static String sql(InitiativeFilter filter, Optional<String> query, boolean few, String visible,
			boolean withArchived, MapSqlParameterSource params, int page, int size) {
		StringBuilder sql = new StringBuilder();
		String order;
		if (few) {
			sql.append(
					"with matched as materialized (select i.id, i.last_activity_at from initiatives i where i.words @@ ")
				.append(query.get())
				.append(withArchived ? "" : " and i.archived_at is null")
				.append(") select ")
				.append(InitiativeStore.INITIATIVE_COLUMNS)
				.append(AUTHOR_NAMES)
				.append(" from matched m join initiatives i on i.id = m.id join educators e on e.id = i.author_id")
				.append(" where ")
				.append(visible);
			order = " order by m.last_activity_at desc, m.id desc";
		}
		else {
			sql.append("select ")
				.append(InitiativeStore.INITIATIVE_COLUMNS)
				.append(AUTHOR_COLUMNS)
				.append(" where ")
				.append(visible);
			if (!withArchived) {
				sql.append(" and i.archived_at is null");
			}
			query.ifPresent((tsquery) -> sql.append(" and i.words @@ ").append(tsquery));
			order = " order by i.last_activity_at desc, i.id desc";
		}
		if (filter.topic() != null) {
			sql.append(
					" and exists (select 1 from initiative_topics t where t.initiative_id = i.id and t.topic = :topic)");
			params.addValue("topic", filter.topic().name());
		}
		if (filter.country() != null) {
			sql.append(" and i.country = :country");
			params.addValue("country", filter.country().name());
		}
		if (filter.stage() != null) {
			sql.append(" and i.stage = :stage");
			params.addValue("stage", filter.stage().name());
		}
		sql.append(order).append(" offset :offset limit :limit");
		params.addValue("offset", page * size).addValue("limit", size + 1);
		return sql.toString();
	}

	/**
	 * The tsquery of the words, as an SQL expression over named parameters: for each
	 * word, any of its forms; all words.
	 */
	static Optional<String> tsquery(String keywords, MapSqlParameterSource params) {
		List<String> words = SearchWords.words(keywords);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		List<String> perWord = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			List<String> alternatives = new ArrayList<>();
			List<String> forms = SearchWords.forms(word);
			for (int f = 0; f < forms.size(); f++) {
				String name = "w" + i + "f" + f;
				params.addValue(name, forms.get(f));
				alternatives.add("to_tsquery('simple', :" + name + ")");
			}
			for (String stemmer : STEMMERS) {
				alternatives.add("to_tsquery('" + stemmer + "', :w" + i + "f0)");
			}
			perWord.add("(" + String.join(" || ", alternatives) + ")");
		}
		return Optional.of("(" + String.join(" && ", perWord) + ")");
	}

	private static InitiativeSummary summary(ResultSet rs, int row) throws SQLException {
		Initiative initiative = InitiativeStore.initiative(rs, row);
		Author author = new Author(initiative.authorId(), rs.getString("display_name"),
				Optional.ofNullable(rs.getString("author_country")).map(Country::valueOf),
				Optional.ofNullable(rs.getString("author_region")));
		return new InitiativeSummary(initiative, author);
	}

}
