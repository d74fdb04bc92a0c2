package org.socialchange.platform.educators;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.delivery.Recipients;
import org.socialchange.platform.identity.EducatorId;

/**
 * Tells the delivery engine which educators may still receive bulk messages: the same
 * rule as {@link EducatorAudience}, asked again just before sending.
 */
@Component
@Transactional(readOnly = true)
class EducatorRecipients implements Recipients {

	private final NamedParameterJdbcTemplate jdbc;

	EducatorRecipients(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<EducatorId> reachable(Collection<EducatorId> educators) {
		if (educators.isEmpty()) {
			return Set.of();
		}
		List<Long> ids = educators.stream().map(EducatorId::value).toList();
		Set<EducatorId> reachable = new HashSet<>();
		this.jdbc.query("select id from educators where id in (:ids) and " + EducatorAudience.REACHABLE,
				new MapSqlParameterSource("ids", ids), (row) -> {
					reachable.add(EducatorId.of(row.getLong("id")));
				});
		return reachable;
	}

}
