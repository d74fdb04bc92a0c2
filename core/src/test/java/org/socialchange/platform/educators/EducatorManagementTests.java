package org.socialchange.platform.educators;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.privacy.PrivacyManagement;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@PostgresJpaTest
@Import({ PrivacyManagement.class, EducatorPersonalData.class, Erasures.class })
class EducatorManagementTests {

	@Autowired
	Educators educators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PrivacyManagement privacy;

	EducatorManagement management() {
		return new EducatorManagement(this.educators, new Erasures(this.jdbc),
				Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC), this.privacy, (event) -> {
				}, false);
	}

	@Test
	void registersAnEducatorAtTheFirstContact() {
		Educator educator = management().begin(u(42L), ChatId.of(4242L), Language.HY);
		assertThat(educator.id()).isNotNull();
		assertThat(management().find(u(42L))).get().extracting(Educator::language).isEqualTo(Language.HY);
		assertThat(educator.joinedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
	}

	@Test
	void aLanguageChosenBySomeoneUnknownCreatesNothing() {
		assertThat(management().chooseLanguage(u(43L), Language.KA)).isEmpty();
		assertThat(this.educators.count()).isZero();
	}

	@Test
	void changesTheLanguageWithoutASecondRow() {
		management().begin(u(7L), ChatId.of(7L), Language.RU);
		management().chooseLanguage(u(7L), Language.TG);
		assertThat(this.educators.count()).isEqualTo(1);
		assertThat(management().find(u(7L))).get().extracting(Educator::language).isEqualTo(Language.TG);
	}

	@Test
	void countsOnlyEducatorsWhoCompletedRegistrationPerLanguage() {
		register(1L, Language.RU);
		register(2L, Language.RU);
		register(3L, Language.KA);
		management().begin(u(4L), ChatId.of(4L), Language.AZ);
		assertThat(management().countByLanguage(EducatorScope.all())).containsEntry(Language.RU, 2L)
			.containsEntry(Language.KA, 1L)
			.containsEntry(Language.AZ, 0L)
			.hasSize(Language.values().length);
		assertThat(management().count()).isEqualTo(3);
	}

	@Test
	void erasingLeavesOnlyAnAnonymousCount() {
		register(9L, Language.HY);
		management().erase(u(9L));
		assertThat(management().find(u(9L))).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from educator_topics", Integer.class)).isZero();
		assertThat(management().erasedCount()).isEqualTo(1);
	}

	@Test
	void decliningConsentForgetsEverythingAndCountsNoErasure() {
		management().begin(u(8L), ChatId.of(8L), Language.TG);
		management().declineConsent(u(8L));
		assertThat(this.educators.count()).isZero();
		assertThat(management().erasedCount()).isZero();
	}

	@Test
	void decliningIsRefusedOnceRegistered() {
		register(6L, Language.AZ);
		assertThatIllegalStateException().isThrownBy(() -> management().declineConsent(u(6L)));
		assertThat(management().find(u(6L))).isPresent();
	}

	@Test
	void blockingAndUnblockingMarkTheEducatorByChat() {
		register(5L, Language.EN);
		management().markUnreachable(ChatId.of(5L));
		assertThat(management().find(u(5L))).get().extracting(Educator::unreachable).isEqualTo(true);
		management().markReachable(ChatId.of(5L));
		assertThat(management().find(u(5L))).get().extracting(Educator::unreachable).isEqualTo(false);
	}

	private static TelegramUserId u(long id) {
		return TelegramUserId.of(id);
	}

	private void register(long user, Language language) {
		EducatorManagement management = management();
		management.begin(u(user), ChatId.of(user), language);
		management.consent(u(user));
		management.name(u(user), FreeText.of("Educator " + user, 64));
		management.country(u(user), Country.AM);
		management.region(u(user), null);
		management.role(u(user), Role.TEACHER);
		management.toggleTopic(u(user), Topic.ENVIRONMENT);
		management.network(u(user), Network.NEW);
		management.completeRegistration(u(user));
	}

}
