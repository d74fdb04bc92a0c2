package org.socialchange.platform.educators;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.privacy.PrivacyManagement;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
@Import({ PrivacyManagement.class, EducatorPersonalData.class, Erasures.class })
class EducatorManagementTests {

	@Autowired
	Educators educators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PrivacyManagement privacy;

	EducatorManagement management() {
		return new EducatorManagement(this.educators, new Erasures(this.jdbc),
				Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC), this.publisher, this.privacy);
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
	void countsOnlyEducatorsWhoCompletedRegistrationPerLanguage() {
		register(1L, Language.RU);
		register(2L, Language.RU);
		register(3L, Language.KA);
		management().chooseLanguage(4L, 4L, Language.AZ);
		assertThat(management().countByLanguage()).containsEntry(Language.RU, 2L)
			.containsEntry(Language.KA, 1L)
			.containsEntry(Language.AZ, 0L)
			.hasSize(Language.values().length);
		assertThat(management().count()).isEqualTo(3);
	}

	@Test
	void erasingLeavesOnlyAnAnonymousCount() {
		register(9L, Language.HY);
		management().erase(9L);
		assertThat(management().find(9L)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from educator_topics", Integer.class)).isZero();
		assertThat(management().erasedCount()).isEqualTo(1);
	}

	@Test
	void blockingAndUnblockingMarkTheEducatorByChat() {
		register(5L, Language.EN);
		management().markUnreachable(5L);
		assertThat(management().find(5L)).get().extracting(Educator::unreachable).isEqualTo(true);
		management().markReachable(5L);
		assertThat(management().find(5L)).get().extracting(Educator::unreachable).isEqualTo(false);
	}

	private void register(long user, Language language) {
		EducatorManagement management = management();
		management.chooseLanguage(user, user, language);
		management.consent(user);
		management.name(user, FreeText.of("Educator " + user, 64));
		management.country(user, Country.AM);
		management.region(user, null);
		management.role(user, Role.TEACHER);
		management.toggleTopic(user, Topic.ENVIRONMENT);
		management.topicsDone(user);
		management.network(user, Network.NEW);
	}

}
