package org.socialchange.platform.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Export and erasure across the features of the core, each through its own contributor,
 * committed for real (no test transaction) so a rollback is seen as it would be.
 */
@PostgresJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(PrivacyManagementTests.Features.class)
class PrivacyManagementTests {

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	EducatorManagement educators;

	@Autowired
	DeliveryManagement deliveries;

	@Autowired
	Tripwire tripwire;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void exportsTheProfileFirstThenWhatEveryFeatureKeepsAboutThePerson() {
		DataSubject subject = educatorWithMessage();

		Map<String, Object> export = this.privacy.export(subject);

		assertThat(export.keySet()).first().isEqualTo("profile");
		assertThat(export).containsKeys("messages").doesNotContainKeys("tripwire", "audit");
		assertThat((Map<String, Object>) export.get("profile")).containsEntry("displayName", null)
			.containsEntry("chatId", subject.chatId().value());
		assertThat(export.get("messages").toString()).contains("Hello there", "PENDING");
	}

	@Test
	void erasesEverythingAboutThePersonAndLeavesOnlyAnAnonymousCount() {
		DataSubject subject = educatorWithMessage();
		long erasedBefore = this.educators.erasedCount();

		this.privacy.erase(subject);

		assertThat(count("select count(*) from educators where id = ?", subject.educatorId().value())).isZero();
		assertThat(count("select count(*) from educator_topics where educator_id = ?", subject.educatorId().value()))
			.isZero();
		assertThat(count("select count(*) from deliveries where chat_id = ? or educator_id = ?",
				subject.chatId().value(), subject.educatorId().value()))
			.isZero();
		assertThat(this.jdbc.queryForList("select state from deliveries where text = ?", String.class, text(subject)))
			.containsExactly("CANCELLED");
		assertThat(this.educators.erasedCount()).isEqualTo(erasedBefore + 1);
		assertThat(this.privacy.export(subject)).isEmpty();
	}

	@Test
	void erasesAllOrNothingWhenOneFeatureFails() {
		DataSubject subject = educatorWithMessage();
		this.tripwire.failFor = subject;

		assertThatIllegalStateException().isThrownBy(() -> this.privacy.erase(subject));

		assertThat(count("select count(*) from educators where id = ?", subject.educatorId().value())).isOne();
		assertThat(count("select count(*) from deliveries where chat_id = ? and state = 'PENDING'",
				subject.chatId().value()))
			.isOne();
	}

	/**
	 * A registered educator with a pending message (the audit log names no educator).
	 */
	DataSubject educatorWithMessage() {
		long user = Math.abs(System.nanoTime() % 1_000_000_000L) + 1;
		Long id = this.jdbc.queryForObject("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, consented_at, country, network)
				values (?, ?, 'ka', 'Asia/Tbilisi', now(), now(), now(), now(), 'GE', 'ALUMNI') returning id""",
				Long.class, user, user);
		this.jdbc.update("insert into educator_topics (educator_id, topic) values (?, 'ENVIRONMENT')", id);
		DataSubject subject = DataSubject.of(id, user, user);
		this.deliveries.enqueue("test", null, 0, List.of(new NewDelivery(EducatorId.of(id), ChatId.of(user),
				text(subject), null, null, Instant.now().plusSeconds(3600), null)));
		return subject;
	}

	static String text(DataSubject subject) {
		return "Hello there " + subject.chatId();
	}

	long count(String sql, Object... arguments) {
		Long count = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (count != null) ? count : 0;
	}

	/** The features of the core that keep personal data, and one that fails on demand. */
	@TestConfiguration
	@ComponentScan(basePackageClasses = { PrivacyManagement.class, EducatorManagement.class, DeliveryManagement.class,
			org.socialchange.platform.cluster.Cluster.class, AuditLog.class })
	static class Features {

		@Bean
		Tripwire tripwire() {
			return new Tripwire();
		}

	}

	/**
	 * Fails the erasure of one subject, after the outbox has erased its part and before
	 * the profile goes.
	 */
	@Order(0)
	static class Tripwire implements PersonalData {

		volatile DataSubject failFor;

		@Override
		public String section() {
			return "tripwire";
		}

		@Override
		public Set<String> tables() {
			return Set.of();
		}

		@Override
		public Map<String, Object> export(DataSubject subject) {
			return Map.of();
		}

		@Override
		public void erase(DataSubject subject) {
			if (subject.equals(this.failFor)) {
				throw new IllegalStateException("This feature cannot erase now");
			}
		}

	}

}
