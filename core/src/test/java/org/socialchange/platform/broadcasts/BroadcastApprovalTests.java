package org.socialchange.platform.broadcasts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@PostgresJpaTest
@Import(BroadcastManagementTests.Features.class)
@TestPropertySource(properties = "platform.broadcasts.approval-threshold=1")
class BroadcastApprovalTests {

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBroadcastAboveTheThresholdWaitsWithNothingInTheOutboxUntilASecondCoordinatorApproves() {
		educator(6_000_001);
		educator(6_000_002);

		Broadcast broadcast = this.broadcasts.schedule(draft(), "ana@example.org", EducatorScope.all());

		assertThat(broadcast.awaitingApproval()).isTrue();
		assertThat(this.broadcasts.awaitingApproval(EducatorScope.all())).extracting(Broadcast::id)
			.contains(broadcast.id());
		assertThat(deliveries(broadcast)).isZero();
		assertThatExceptionOfType(SelfApprovalRefused.class)
			.isThrownBy(() -> this.broadcasts.approve(broadcast.id(), "ana@example.org", EducatorScope.all()));
		assertThat(deliveries(broadcast)).isZero();
		educator(6_000_003);

		this.broadcasts.approve(broadcast.id(), "boris@example.org", EducatorScope.all());

		assertThat(deliveries(broadcast)).isEqualTo(3);
		assertThat(this.broadcasts.find(broadcast.id(), EducatorScope.all()).recipients()).isEqualTo(3);
		assertThat(this.broadcasts.awaitingApproval(EducatorScope.all())).extracting(Broadcast::id)
			.doesNotContain(broadcast.id());
		assertThat(this.audit.aboutBroadcast(broadcast.id())).extracting(AuditEntry::actor, AuditEntry::action)
			.containsExactlyInAnyOrder(tuple("ana@example.org", "broadcast.submitted"),
					tuple("boris@example.org", "broadcast.approved"));
	}

	@Test
	void aRejectedBroadcastIsNeverSentAndTheRejectionIsAudited() {
		educator(6_000_011);
		educator(6_000_012);
		Broadcast broadcast = this.broadcasts.schedule(draft(), "ana@example.org", EducatorScope.all());

		this.broadcasts.reject(broadcast.id(), "ana@example.org", EducatorScope.all());

		assertThat(this.broadcasts.find(broadcast.id(), EducatorScope.all()).status())
			.isEqualTo(BroadcastStatus.REJECTED);
		assertThat(deliveries(broadcast)).isZero();
		assertThat(this.audit.aboutBroadcast(broadcast.id())).extracting(AuditEntry::action)
			.contains("broadcast.withdrawn");
	}

	int deliveries(Broadcast broadcast) {
		return this.jdbc.queryForObject("select count(*) from deliveries where source = 'broadcast' and source_id = ?",
				Integer.class, broadcast.id());
	}

	BroadcastDraft draft() {
		return new BroadcastDraft(Map.of(Language.RU, "Привет"), Language.RU, null, null, Filter.everyone(), Timing.NOW,
				null, BroadcastManagementTests.YEREVAN, null);
	}

	void educator(long id) {
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, country, network)
				values (?, ?, 'ru', 'Asia/Yerevan', now(), now(), now(), 'AM', 'ALUMNI')""", id, id);
	}

}
