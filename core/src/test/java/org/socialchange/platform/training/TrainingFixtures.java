package org.socialchange.platform.training;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.socialchange.platform.MovableClock;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.groups.PeerGroupManagement;
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

/** Educators written straight into the database for the training tests. */
class TrainingFixtures {

	private static final AtomicLong NEXT = new AtomicLong(1);

	private final JdbcTemplate jdbc;

	private final EducatorManagement educators;

	TrainingFixtures(JdbcTemplate jdbc, EducatorManagement educators) {
		this.jdbc = jdbc;
		this.educators = educators;
	}

	void clear() {
		this.jdbc.update("delete from training_programs");
		this.jdbc.update("delete from deliveries");
	}

	/** A member of the network in a country, speaking a language, living in a zone. */
	Educator educator(Country country, String language, String zone) {
		long next = NEXT.getAndIncrement();
		long user = 9_300_000 + next;
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, consented_at, country, network, display_name, visibility, admission)
				values (?, ?, ?, ?, now(), now(), now(), now(), ?, 'ALUMNI', ?, 'NETWORK', 'MEMBER')""", user, user,
				language, zone, country.name(), "Educator " + next);
		return this.educators.find(TelegramUserId.of(user)).orElseThrow();
	}

	Educator reload(Educator educator) {
		return this.educators.find(TelegramUserId.of(educator.telegramUserId())).orElseThrow();
	}

	@TestConfiguration
	@ComponentScan(
			basePackageClasses = { ProgramManagement.class, PeerGroupManagement.class, EducatorManagement.class,
					CoordinatorManagement.class, AuditLog.class, PrivacyManagement.class, DeliveryManagement.class,
					org.socialchange.platform.cluster.Cluster.class },
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Tests(\\$.*)?"))
	@Import(TranslationsConfiguration.class)
	static class Features {

		@Bean
		TrainingFixtures trainingFixtures(JdbcTemplate jdbc, EducatorManagement educators) {
			return new TrainingFixtures(jdbc, educators);
		}

		@Bean
		@Primary
		MovableClock trainingClock() {
			return new MovableClock(Instant.parse("2027-03-25T00:00:00Z"));
		}

	}

}
