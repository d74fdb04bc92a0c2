package org.socialchange.platform.educators;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;

/**
 * Who bulk messages may reach: registered educators who have not paused them, not blocked
 * the bot and not erased themselves (erased educators are gone), filtered by countries,
 * languages and networks.
 */
@Service
@Transactional(readOnly = true)
public class EducatorAudience {

	/** Who may receive bulk messages at all. */
	static final String REACHABLE = "registered_at is not null and not paused and not unreachable";

	private final NamedParameterJdbcTemplate jdbc;

	EducatorAudience(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many educators the filter reaches inside the scope, per language, every
	 * language present.
	 */
	public Map<Language, Long> countByLanguage(Filter filter, EducatorScope scope) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String sql = "select language, count(*) as n from educators where " + where(filter, scope, parameters)
				+ " group by language";
		Map<Language, Long> counts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			counts.put(language, 0L);
		}
		this.jdbc.query(sql, parameters, (row) -> {
			String code = row.getString("language");
			long count = row.getLong("n");
			Language.fromCode(code).ifPresent((language) -> counts.put(language, count));
		});
		return counts;
	}

	/**
	 * Every recipient the filter reaches inside the scope, with what a message to them
	 * needs.
	 */
	public List<Recipient> recipients(Filter filter, EducatorScope scope) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String sql = "select id, chat_id, language, time_zone from educators where " + where(filter, scope, parameters)
				+ " order by id";
		return this.jdbc.query(sql, parameters,
				(row, index) -> new Recipient(EducatorId.of(row.getLong("id")), ChatId.of(row.getLong("chat_id")),
						Language.fromCode(row.getString("language")).orElse(Language.EN),
						(row.getString("time_zone") != null) ? ZoneId.of(row.getString("time_zone")) : null));
	}

	private static String where(Filter filter, EducatorScope scope, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>(List.of(REACHABLE));
		conditions.add(scope(scope, parameters));
		if (!filter.countries().isEmpty()) {
			conditions.add("country in (:countries)");
			parameters.addValue("countries", names(filter.countries()));
		}
		if (!filter.languages().isEmpty()) {
			conditions.add("language in (:languages)");
			parameters.addValue("languages",
					filter.languages().stream().map(Language::code).collect(Collectors.toList()));
		}
		if (!filter.networks().isEmpty()) {
			conditions.add("network in (:networks)");
			parameters.addValue("networks", names(filter.networks()));
		}
		return String.join(" and ", conditions);
	}

	/**
	 * The SQL condition of a scope, on the columns {@code country} and {@code network}.
	 */
	static String scope(EducatorScope scope, MapSqlParameterSource parameters) {
		if (scope.nobody()) {
			return "false";
		}
		List<String> conditions = new ArrayList<>(List.of("true"));
		if (!scope.countries().isEmpty()) {
			conditions.add("country in (:scopeCountries)");
			parameters.addValue("scopeCountries", names(scope.countries()));
		}
		if (!scope.networks().isEmpty()) {
			conditions.add("network in (:scopeNetworks)");
			parameters.addValue("scopeNetworks", names(scope.networks()));
		}
		return "(" + String.join(" and ", conditions) + ")";
	}

	private static List<String> names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.toList());
	}

	/** Which educators to reach; an empty set means no restriction. */
	public record Filter(Set<Country> countries, Set<Language> languages, Set<Network> networks) {

		public Filter {
			countries = (countries != null) ? Set.copyOf(countries) : Set.of();
			languages = (languages != null) ? Set.copyOf(languages) : Set.of();
			networks = (networks != null) ? Set.copyOf(networks) : Set.of();
		}

		public static Filter everyone() {
			return new Filter(Set.of(), Set.of(), Set.of());
		}

	}

	/**
	 * One educator a bulk message goes to; the zone is absent when they never told it.
	 */
	public record Recipient(EducatorId educatorId, ChatId chatId, Language language, ZoneId zone) {
	}

}
