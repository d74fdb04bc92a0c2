package org.socialchange.platform.initiatives;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.socialchange.platform.MovableClock;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.educators.Admission;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.BotUsername;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.privacy.PrivacyManagement;
import org.socialchange.platform.translations.TranslationsConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Educators and initiatives written straight into the database for the tests. */
class InitiativeFixtures {

	private static final AtomicLong NEXT = new AtomicLong(1);

	private final JdbcTemplate jdbc;

	private final EducatorManagement educators;

	private final InitiativeManagement initiatives;

	InitiativeFixtures(JdbcTemplate jdbc, EducatorManagement educators, InitiativeManagement initiatives) {
		this.jdbc = jdbc;
		this.educators = educators;
		this.initiatives = initiatives;
	}

	void clear() {
		this.jdbc.update("delete from initiatives");
	}

	Educator educator(Country country, Visibility visibility, Admission admission) {
		return educator(country, visibility, admission, "en");
	}

	Educator educator(Country country, Visibility visibility, Admission admission, String language) {
		long next = NEXT.getAndIncrement();
		long user = 9_100_000 + next;
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, consented_at, country, network, display_name, visibility, admission)
				values (?, ?, ?, 'UTC', now(), now(), now(), now(), ?, 'ALUMNI', ?, ?, ?)""", user, user, language,
				country.name(), "Educator " + next, visibility.name(), admission.name());
		return this.educators.find(TelegramUserId.of(user)).orElseThrow();
	}

	Educator educatorOf(long id) {
		return this.educators.byId(EducatorId.of(id)).orElseThrow();
	}

	Initiative initiative(Educator author, String title, String summary, Topic topic) {
		return this.initiatives.create(author,
				new InitiativeDraft(title, summary, Set.of(topic), null, Stage.RUNNING, Set.of(), Set.of()));
	}

	/** Initiatives with what they use; the bot's username for deep links. */
	@TestConfiguration
	@ComponentScan(
			basePackageClasses = { InitiativeManagement.class, PeerGroupManagement.class, EducatorManagement.class,
					CoordinatorManagement.class, AuditLog.class, PrivacyManagement.class, DeliveryManagement.class,
					org.socialchange.platform.cluster.Cluster.class },
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Tests(\\$.*)?"))
	@Import(TranslationsConfiguration.class)
	static class Features {

		@Bean
		InitiativeFixtures initiativeFixtures(JdbcTemplate jdbc, EducatorManagement educators,
				InitiativeManagement initiatives) {
			return new InitiativeFixtures(jdbc, educators, initiatives);
		}

		@Bean
		BotUsername botUsername() {
			return () -> Optional.of("platform_test_bot");
		}

		@Bean
		@Primary
		MovableClock initiativeClock() {
			return new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));
		}

	}

}
