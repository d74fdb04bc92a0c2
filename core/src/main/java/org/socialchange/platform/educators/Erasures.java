package org.socialchange.platform.educators;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The anonymous trace of erased educators: one dated row each, nothing else. */
@Component
class Erasures {

	private final JdbcTemplate jdbc;

	Erasures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(LocalDate day) {
		this.jdbc.update("insert into erasures (erased_on) values (?)", day);
	}

	long count() {
		Long count = this.jdbc.queryForObject("select count(*) from erasures", Long.class);
		return (count != null) ? count : 0;
	}

}
