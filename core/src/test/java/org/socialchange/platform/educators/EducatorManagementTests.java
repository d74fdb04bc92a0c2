package org.socialchange.platform.educators;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
class EducatorManagementTests {

	@Autowired
	Educators educators;

	@Autowired
	JdbcTemplate jdbc;

	EducatorManagement management() {
		return new EducatorManagement(this.educators, new Erasures(this.jdbc),
				Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
	}

	@Test
	void registersAnEducatorOnTheFirstLanguageChoice() {
		Educator educator = management().chooseLanguage(42L, 4242L, Language.HY);
		assertThat(educator.id()).isNotNull();
		assertThat(management().find(42L)).get().extracting(Educator::language).isEqualTo(Language.HY);
		assertThat(educator.joinedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
	}

	@Test
	void changesTheLanguageWithoutASecondRow() {
		management().chooseLanguage(7L, 7L, Language.RU);
		management().chooseLanguage(7L, 7L, Language.TG);
		assertThat(this.educators.count()).isEqualTo(1);
		assertThat(management().find(7L)).get().extracting(Educator::language).isEqualTo(Language.TG);
	}

	@Test
	void countsEducatorsPerLanguageWithZeroForTheRest() {
		management().chooseLanguage(1L, 1L, Language.RU);
		management().chooseLanguage(2L, 2L, Language.RU);
		management().chooseLanguage(3L, 3L, Language.KA);
		assertThat(management().countByLanguage()).containsEntry(Language.RU, 2L)
			.containsEntry(Language.KA, 1L)
			.containsEntry(Language.AZ, 0L)
			.hasSize(Language.values().length);
	}

}
