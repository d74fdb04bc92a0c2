package org.socialchange.platform.coordinators;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.MovableClock;
import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@PostgresJpaTest
@Import({ CoordinatorManagement.class, TelegramLinkTests.Time.class })
class TelegramLinkTests {

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEntityManager entities;

	@Autowired
	AuditLog audit;

	@Test
	void aValidCodeLinksTheAccountOnceAndOnlyItsHashIsStored() {
		this.coordinators.create("ana@example.org", "x", CoordinatorRole.COORDINATOR, false);
		TelegramLinkCode code = this.coordinators.offerTelegramLink("ana@example.org");
		this.entities.flush();

		assertThat(this.jdbc.queryForObject("select link_code_hash from coordinators where email = 'ana@example.org'",
				String.class))
			.hasSize(64)
			.doesNotContain(code.code());
		assertThat(this.coordinators.linkTelegram(" " + code.code().toLowerCase() + " ", account(71, "Ana")))
			.contains("ana@example.org");
		assertThat(this.coordinators.telegram("ana@example.org")).hasValueSatisfying((link) -> {
			assertThat(link.chatId()).isEqualTo(71);
			assertThat(link.name()).isEqualTo("Ana");
		});
		assertThat(this.coordinators.linkTelegram(code.code(), account(72, "Mallory"))).isEmpty();
		assertThat(this.coordinators.telegram("ana@example.org").orElseThrow().chatId()).isEqualTo(71);
		assertThat(this.audit.about("coordinator:ana@example.org")).extracting(AuditEntry::action, AuditEntry::details)
			.containsExactly(tuple("coordinator.telegram-linked", "Linked the Telegram account Ana"));
	}

	@Test
	void anExpiredWrongOrReplacedCodeLinksNothing() {
		this.coordinators.create("boris@example.org", "x", CoordinatorRole.COORDINATOR, false);
		TelegramLinkCode replaced = this.coordinators.offerTelegramLink("boris@example.org");
		TelegramLinkCode expired = this.coordinators.offerTelegramLink("boris@example.org");
		this.clock.advance(Duration.ofMinutes(11));

		assertThat(this.coordinators.linkTelegram(replaced.code(), account(81, "Boris"))).isEmpty();
		assertThat(this.coordinators.linkTelegram(expired.code(), account(81, "Boris"))).isEmpty();
		assertThat(this.coordinators.linkTelegram("'; drop table--", account(81, "Boris"))).isEmpty();
		assertThat(this.coordinators.telegram("boris@example.org")).isEmpty();
	}

	@Test
	void anAccountLinkedAgainMovesToTheNewCoordinatorAndCanBeUnlinked() {
		this.coordinators.create("vera@example.org", "x", CoordinatorRole.COORDINATOR, false);
		this.coordinators.create("gia@example.org", "x", CoordinatorRole.COORDINATOR, false);
		this.coordinators.linkTelegram(this.coordinators.offerTelegramLink("vera@example.org").code(),
				account(91, "V"));

		this.coordinators.linkTelegram(this.coordinators.offerTelegramLink("gia@example.org").code(), account(91, "V"));

		assertThat(this.coordinators.telegram("vera@example.org")).isEmpty();
		assertThat(this.coordinators.telegram("gia@example.org")).isPresent();
		this.jdbc.execute("set constraints all immediate");
		this.coordinators.unlinkTelegram("gia@example.org");
		assertThat(this.coordinators.telegram("gia@example.org")).isEmpty();
		assertThat(this.audit.about("coordinator:vera@example.org")).extracting(AuditEntry::action)
			.contains("coordinator.telegram-unlinked");
		assertThat(this.audit.about("coordinator:gia@example.org")).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("coordinator.telegram-linked", "coordinator.telegram-unlinked");
	}

	static TelegramLink account(long id, String name) {
		return new TelegramLink(id, id, name, null);
	}

	@TestConfiguration
	@ComponentScan(basePackageClasses = AuditLog.class)
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.now());
		}

	}

}
