package org.socialchange.platform.broadcasts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorAudience;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.privacy.PrivacyManagement;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

@PostgresJpaTest
@Import(BroadcastManagementTests.Features.class)
class BroadcastManagementTests {

	static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	long next = 1;

	@Test
	void schedulesOneMessagePerReachableRecipientInTheirLanguageOrTheFallback() {
		long ru = educator("ru", "AM", "Asia/Yerevan");
		long hy = educator("hy", "AM", "Asia/Yerevan");
		long ka = educator("ka", "GE", "Asia/Tbilisi");
		long paused = educator("ru", "AM", "Asia/Yerevan");
		this.jdbc.update("update educators set paused = true where chat_id = ?", paused);
		long unregistered = educator("ru", "AM", "Asia/Yerevan");
		this.jdbc.update("update educators set registered_at = null where chat_id = ?", unregistered);

		Broadcast broadcast = this.broadcasts.schedule(draft(Timing.NOW, null, Filter.everyone()), "ana@example.org",
				EducatorScope.all());

		assertThat(broadcast.recipients()).isEqualTo(3);
		assertThat(text(broadcast, ru)).isEqualTo("Привет");
		assertThat(text(broadcast, hy)).isEqualTo("Բարեւ");
		assertThat(text(broadcast, ka)).isEqualTo("Привет");
		assertThat(this.jdbc.queryForObject("select count(*) from deliveries where source_id = ? and chat_id in (?, ?)",
				Integer.class, broadcast.id(), paused, unregistered))
			.isZero();
		assertThat(this.broadcasts.progress(broadcast.id(), EducatorScope.all()).pending()).isEqualTo(3);
	}

	@Test
	void previewCountsTheRecipientsWhoGetTheFallbackText() {
		educator("ru", "AM", "Asia/Yerevan");
		educator("hy", "AM", "Asia/Yerevan");
		educator("ka", "GE", "Asia/Tbilisi");
		educator("az", "AZ", "Asia/Baku");

		AudiencePreview everyone = this.broadcasts.preview(draft(Timing.NOW, null, Filter.everyone()),
				EducatorScope.all());
		AudiencePreview armenia = this.broadcasts
			.preview(draft(Timing.NOW, null, new Filter(Set.of(Country.AM), Set.of(), Set.of())), EducatorScope.all());

		assertThat(everyone.total()).isEqualTo(4);
		assertThat(everyone.fallback()).isEqualTo(2);
		assertThat(everyone.perLanguage()).containsEntry(Language.KA, 1L);
		assertThat(armenia.total()).isEqualTo(2);
		assertThat(armenia.fallback()).isZero();
	}

	@Test
	void sendsAtTheSameLocalClockTimeInEachRecipientsOwnZone() {
		long yerevan = educator("hy", "AM", "Asia/Yerevan");
		long vladivostok = educator("ru", "RU", "Asia/Vladivostok");
		LocalDateTime tenOClock = LocalDateTime.now().plusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0);

		Broadcast broadcast = this.broadcasts.schedule(draft(Timing.LOCAL, tenOClock, Filter.everyone()),
				"ana@example.org", EducatorScope.all());

		assertThat(notBefore(broadcast, yerevan)).isEqualTo(tenOClock.atZone(YEREVAN).toInstant());
		assertThat(notBefore(broadcast, vladivostok))
			.isEqualTo(tenOClock.atZone(ZoneId.of("Asia/Vladivostok")).toInstant());
		assertThat(notBefore(broadcast, yerevan)).isAfter(notBefore(broadcast, vladivostok));
	}

	@Test
	void sendsAtAFixedMomentAndNeverBeforeNow() {
		long chat = educator("ru", "AM", "Asia/Yerevan");
		Broadcast past = this.broadcasts.schedule(
				draft(Timing.AT, LocalDateTime.of(2020, 1, 1, 10, 0), Filter.everyone()), "ana@example.org",
				EducatorScope.all());
		assertThat(notBefore(past, chat)).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
	}

	@Test
	void cancelStopsTheUnsentMessagesAndBothStepsAreAudited() {
		educator("ru", "AM", "Asia/Yerevan");
		educator("ru", "AM", "Asia/Yerevan");
		Broadcast broadcast = this.broadcasts.schedule(
				draft(Timing.AT, LocalDateTime.now().plusDays(1), Filter.everyone()), "ana@example.org",
				EducatorScope.all());

		BroadcastProgress progress = this.broadcasts.cancel(broadcast.id(), "boris@example.org", EducatorScope.all());

		assertThat(progress.cancelled()).isEqualTo(2);
		assertThat(progress.finished()).isTrue();
		assertThat(this.broadcasts.find(broadcast.id(), EducatorScope.all()).cancelled()).isTrue();
		assertThat(this.audit.about("broadcast:" + broadcast.id()))
			.extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::audienceSize)
			.containsExactlyInAnyOrder(tuple("ana@example.org", "broadcast.scheduled", 2),
					tuple("boris@example.org", "broadcast.cancelled", 2));
	}

	@Test
	void sendsATestOnlyToTheCoordinatorsLinkedAccountAheadOfBulkMessagesAndAuditsItWithoutAChatId() {
		linkTelegram("ana@example.org", 4242L);

		this.broadcasts.sendTest(draft(Timing.LOCAL, LocalDateTime.now().plusDays(3), Filter.everyone()), Language.HY,
				"ana@example.org", EducatorScope.all());

		Map<String, Object> row = this.jdbc.queryForMap(
				"select text, priority, not_before, educator_id from deliveries where source = 'broadcast-test' and chat_id = 4242");
		assertThat(row.get("text")).isEqualTo("Բարեւ");
		assertThat((Integer) row.get("priority")).isPositive();
		assertThat(((Timestamp) row.get("not_before")).toInstant()).isBefore(Instant.now().plusSeconds(1));
		assertThat(this.audit.about("coordinator:ana@example.org")).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("broadcast.test");
			assertThat(entry.details()).contains("linked account ana@example.org").doesNotContain("4242");
		});
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entries where subject like '%4242%' " + "or details like '%4242%'",
				Integer.class))
			.isZero();
	}

	@Test
	void refusesATestWhenTheCoordinatorHasNoLinkedAccount() {
		coordinator("boris@example.org");

		assertThatExceptionOfType(TelegramNotLinked.class)
			.isThrownBy(() -> this.broadcasts.sendTest(draft(Timing.NOW, null, Filter.everyone()), Language.RU,
					"boris@example.org", EducatorScope.all()));
		assertThat(this.jdbc.queryForObject("select count(*) from deliveries where source = 'broadcast-test'",
				Integer.class))
			.isZero();
	}

	@Test
	void theLinkUrlIsInTheAuditEntryOfScheduling() {
		educator("ru", "AM", "Asia/Yerevan");

		Broadcast broadcast = this.broadcasts.schedule(draft(Timing.NOW, null, Filter.everyone()), "ana@example.org",
				EducatorScope.all());

		assertThat(broadcast.linkUrl()).contains("https://example.org");
		assertThat(this.audit.aboutBroadcast(broadcast.id())).singleElement()
			.extracting(AuditEntry::details)
			.asString()
			.contains("\"Read\" to https://example.org");
	}

	@Test
	void refusesADraftWithoutTheFallbackText() {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.HY, "Բարեւ");
		BroadcastDraft draft = new BroadcastDraft(texts, Language.RU, null, null, Filter.everyone(), Timing.NOW, null,
				YEREVAN, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.broadcasts.schedule(draft, "ana@example.org", EducatorScope.all()));
	}

	BroadcastDraft draft(Timing timing, LocalDateTime at, Filter filter) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.RU, "Привет");
		texts.put(Language.HY, "Բարեւ");
		return new BroadcastDraft(texts, Language.RU, "Read", "https://example.org", filter, timing, at, YEREVAN, null);
	}

	String text(Broadcast broadcast, long chat) {
		return this.jdbc.queryForObject("select text from deliveries where source_id = ? and chat_id = ?", String.class,
				broadcast.id(), chat);
	}

	Instant notBefore(Broadcast broadcast, long chat) {
		return this.jdbc
			.queryForObject("select not_before from deliveries where source_id = ? and chat_id = ?", Timestamp.class,
					broadcast.id(), chat)
			.toInstant();
	}

	void coordinator(String email) {
		this.jdbc.update("""
				insert into coordinators (email, password_hash, role, created_at)
				values (?, 'x', 'COORDINATOR', now())""", email);
	}

	void linkTelegram(String email, long chat) {
		coordinator(email);
		this.jdbc.update("""
				update coordinators set telegram_user_id = ?, telegram_chat_id = ?, telegram_name = 'Ana',
				    telegram_linked_at = now() where email = ?""", chat, chat, email);
	}

	long educator(String language, String country, String zone) {
		long id = 5_000_000 + this.next++;
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, country, network)
				values (?, ?, ?, ?, now(), now(), now(), ?, 'ALUMNI')""", id, id, language, zone, country);
		return id;
	}

	/** Broadcasts with what they use: educators, the outbox and the audit log. */
	@TestConfiguration
	@ComponentScan(basePackageClasses = { BroadcastManagement.class, EducatorAudience.class, DeliveryManagement.class,
			org.socialchange.platform.cluster.Cluster.class, org.socialchange.platform.groups.PeerGroupManagement.class,
			AuditLog.class, PrivacyManagement.class, CoordinatorManagement.class })
	static class Features {

	}

}
