package org.socialchange.platform.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.PostgresJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@PostgresJpaTest
@Import(AuditLogTests.Features.class)
class AuditLogTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEntityManager entities;

	@Test
	void eachEntryChainsToThePreviousOneAndTheChainVerifies() {
		AuditEntry first = this.audit.record("ana@example.org", "broadcast.scheduled", "broadcast:1", "\"Hi\"", 3);
		AuditEntry second = this.audit.record("boris@example.org", "broadcast.cancelled", "broadcast:1", null, null);

		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void theDatabaseRefusesToChangeDeleteOrTruncateEntries() {
		AuditEntry entry = this.audit.record("ana@example.org", "broadcast.scheduled", "broadcast:2", null, 1);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_entries set actor = 'mallory' where id = ?", entry.id()))
			.satisfies(AuditLogTests::refusedAsAppendOnly);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_entries where id = ?", entry.id()))
			.satisfies(AuditLogTests::refusedAsAppendOnly);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("truncate audit_entries"))
			.satisfies(AuditLogTests::refusedAsAppendOnly);
		assertThat(this.jdbc.queryForObject("select actor from audit_entries where id = ?", String.class, entry.id()))
			.isEqualTo("ana@example.org");
	}

	@Test
	void verifyFindsTheFirstEntryChangedBehindTheTriggersBack() {
		this.audit.record("ana@example.org", "broadcast.scheduled", "broadcast:3", "to 10", 10);
		AuditEntry changed = this.audit.record("ana@example.org", "broadcast.scheduled", "broadcast:4", "to 20", 20);
		this.audit.record("ana@example.org", "broadcast.cancelled", "broadcast:4", null, 20);
		assertThat(this.audit.verify().intact()).isTrue();

		// as the table's owner or a superuser could, in this test's transaction (rolled
		// back)
		this.jdbc.execute("alter table audit_entries disable trigger audit_entries_no_change");
		this.jdbc.update("update audit_entries set audience_size = 2 where id = ?", changed.id());
		this.entities.clear();

		AuditChain chain = this.audit.verify();
		assertThat(chain.intact()).isFalse();
		assertThat(chain.firstBrokenId()).contains(changed.id());
	}

	@Test
	void verifyFindsAnEntryRemovedBehindTheTriggersBack() {
		AuditEntry removed = this.audit.record("ana@example.org", "broadcast.scheduled", "broadcast:5", null, 1);
		AuditEntry next = this.audit.record("ana@example.org", "broadcast.cancelled", "broadcast:5", null, 1);

		this.jdbc.execute("alter table audit_entries disable trigger audit_entries_no_change");
		this.jdbc.update("delete from audit_entries where id = ?", removed.id());
		this.entities.clear();

		assertThat(this.audit.verify().firstBrokenId()).contains(next.id());
	}

	/**
	 * Migration V16 chained the entries that existed before it in SQL; the same
	 * expression must give the hash Java gives, or verify() would flag every old entry.
	 */
	@Test
	void theMigrationsSqlHashEqualsTheJavaHashOfTheSameEntry() {
		AuditEntry previous = this.audit.record("ana@example.org", "broadcast.scheduled", "broadcast:7",
				"\"Բարեւ, 𝄞\" in [RU], now, link \"Read\" to https://example.org", 12);
		AuditEntry entry = this.audit.record("ana@example.org", "broadcast.rejected", "broadcast:7", null, null);

		for (AuditEntry checked : List.of(previous, entry)) {
			String sql = this.jdbc.queryForObject("""
					select encode(sha256(convert_to(previous_hash || E'\\n' ||
					    (extract(epoch from at) * 1000000)::bigint::text
					    || E'\\n' || octet_length(actor) || ':' || actor
					    || E'\\n' || octet_length(action) || ':' || action
					    || E'\\n' || octet_length(subject) || ':' || subject
					    || E'\\n' || coalesce(octet_length(details) || ':' || details, '~')
					    || E'\\n' || coalesce(audience_size::text, '~'), 'UTF8')), 'hex')
					from audit_entries where id = ?""", String.class, checked.id());
			assertThat(sql).isEqualTo(checked.hash());
		}
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void entriesWrittenConcurrentlyStillFormOneUnbrokenChain() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			List<Future<AuditEntry>> written = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				int n = i;
				written.add(threads.submit(() -> this.audit.record("ana@example.org", "broadcast.scheduled",
						"broadcast:" + (1000 + n), null, n)));
			}
			for (Future<AuditEntry> entry : written) {
				entry.get();
			}
		}
		finally {
			threads.shutdown();
		}

		AuditChain chain = this.audit.verify();
		assertThat(chain.firstBrokenId()).isEmpty();
		assertThat(chain.checked()).isGreaterThanOrEqualTo(60);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select previous_hash from audit_entries group by previous_hash having count(*) > 1) forks",
				Integer.class))
			.as("no two entries follow the same one")
			.isZero();
	}

	@Test
	void refusesAnEntryThatNamesAChat() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.audit.record("ana@example.org", "broadcast.test", "chat:4242", null, 1));
	}

	@Test
	void searchesByActorActionSubjectAndDaysNewestFirst() {
		this.audit.record("ana@example.org", "broadcast.scheduled", "broadcast:61", null, 1);
		AuditEntry newest = this.audit.record("Ana@example.org", "broadcast.cancelled", "broadcast:61", null, 1);
		this.audit.record("boris@example.org", "broadcast.cancelled", "broadcast:62", null, 1);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		Page<AuditEntry> byActor = this.audit
			.search(new AuditQuery("ANA@example.org", null, "broadcast:6", today, today), 0, 10);
		Page<AuditEntry> byAction = this.audit
			.search(new AuditQuery(null, "broadcast.cancelled", "broadcast:6", null, null), 0, 1);
		Page<AuditEntry> yesterday = this.audit
			.search(new AuditQuery(null, null, "broadcast:6", today.minusDays(1), today.minusDays(1)), 0, 10);

		assertThat(byActor.getContent()).hasSize(2).first().extracting(AuditEntry::id).isEqualTo(newest.id());
		assertThat(byAction.getTotalElements()).isEqualTo(2);
		assertThat(byAction.getContent()).hasSize(1);
		assertThat(yesterday.getContent()).isEmpty();
	}

	static void refusedAsAppendOnly(DataAccessException ex) {
		assertThat(ex.getMostSpecificCause().getMessage()).contains("append-only");
	}

	@TestConfiguration
	@ComponentScan(basePackageClasses = AuditLog.class)
	static class Features {

	}

}
