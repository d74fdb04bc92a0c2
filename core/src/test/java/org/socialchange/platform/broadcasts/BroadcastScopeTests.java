package org.socialchange.platform.broadcasts;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A coordinator for Georgia never sees, counts or messages an educator in Azerbaijan: the
 * scope is enforced by the core services on the real database.
 */
@PostgresJpaTest
@Import(BroadcastManagementTests.Features.class)
class BroadcastScopeTests {

	static final EducatorScope GEORGIA = EducatorScope.of(Set.of(Country.GE), Set.of());

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	EducatorManagement educators;

	@Autowired
	JdbcTemplate jdbc;

	long next = 1;

	@Test
	void aGeorgiaScopeCountsOnlyEducatorsInGeorgia() {
		educator("ka", "GE", "ALUMNI");
		educator("ru", "GE", "NEW");
		educator("az", "AZ", "ALUMNI");
		educator("ru", "AZ", "ALUMNI");

		assertThat(total(this.educators.countByLanguage(GEORGIA))).isEqualTo(2);
		assertThat(total(this.educators.countByLanguage(EducatorScope.all()))).isEqualTo(4);
		assertThat(total(this.educators.countByLanguage(EducatorScope.none()))).isZero();
		assertThat(total(this.educators
			.countByLanguage(EducatorScope.of(Set.of(Country.GE, Country.AZ), Set.of(Network.ALUMNI))))).isEqualTo(3);
		assertThat(this.broadcasts.preview(draft(Filter.everyone()), GEORGIA).total()).isEqualTo(2);
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.broadcasts.preview(draft(Filter.everyone()), EducatorScope.none()));
	}

	@Test
	void aBroadcastToEveryoneFromAGeorgiaCoordinatorReachesOnlyGeorgia() {
		long georgian = educator("ka", "GE", "ALUMNI");
		long azerbaijani = educator("az", "AZ", "ALUMNI");

		Broadcast broadcast = this.broadcasts.schedule(draft(Filter.everyone()), "gia@example.org", GEORGIA);

		assertThat(broadcast.recipients()).isEqualTo(1);
		assertThat(broadcast.audience().countries()).containsExactly(Country.GE);
		assertThat(chats(broadcast)).containsExactly(georgian).doesNotContain(azerbaijani);
	}

	@Test
	void choosingAzerbaijanAsAGeorgiaCoordinatorIsRefusedAndNothingIsQueued() {
		educator("az", "AZ", "ALUMNI");
		Filter azerbaijan = new Filter(Set.of(Country.AZ), Set.of(), Set.of());
		Filter both = new Filter(Set.of(Country.AZ, Country.GE), Set.of(), Set.of());

		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.broadcasts.schedule(draft(azerbaijan), "gia@example.org", GEORGIA));
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.broadcasts.schedule(draft(both), "gia@example.org", GEORGIA));
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.broadcasts.preview(draft(azerbaijan), GEORGIA));
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.broadcasts.sendTest(draft(azerbaijan), Language.AZ, "gia@example.org", GEORGIA));
		assertThatExceptionOfType(OutOfScope.class).isThrownBy(
				() -> this.broadcasts.schedule(draft(Filter.everyone()), "fatima@example.org", EducatorScope.none()));
		assertThat(this.jdbc.queryForObject("select count(*) from deliveries", Long.class)).isZero();
	}

	@Test
	void aBroadcastToAzerbaijanIsInvisibleToAGeorgiaCoordinator() {
		educator("az", "AZ", "ALUMNI");
		Broadcast azerbaijan = this.broadcasts.schedule(draft(new Filter(Set.of(Country.AZ), Set.of(), Set.of())),
				"ana@example.org", EducatorScope.all());
		Broadcast everyone = this.broadcasts.schedule(draft(Filter.everyone()), "ana@example.org", EducatorScope.all());
		Broadcast georgia = this.broadcasts.schedule(draft(new Filter(Set.of(Country.GE), Set.of(), Set.of())),
				"gia@example.org", GEORGIA);
		long id = azerbaijan.id();

		assertThat(this.broadcasts.all(GEORGIA)).extracting(Broadcast::id).containsExactly(georgia.id());
		assertThat(this.broadcasts.all(EducatorScope.all())).extracting(Broadcast::id)
			.containsExactlyInAnyOrder(azerbaijan.id(), everyone.id(), georgia.id());
		assertThat(this.broadcasts.all(EducatorScope.none())).isEmpty();
		assertThatExceptionOfType(BroadcastNotFound.class).isThrownBy(() -> this.broadcasts.find(id, GEORGIA));
		assertThatExceptionOfType(BroadcastNotFound.class)
			.isThrownBy(() -> this.broadcasts.find(everyone.id(), GEORGIA));
		assertThatExceptionOfType(BroadcastNotFound.class).isThrownBy(() -> this.broadcasts.progress(id, GEORGIA));
		assertThatExceptionOfType(BroadcastNotFound.class)
			.isThrownBy(() -> this.broadcasts.cancel(id, "gia@example.org", GEORGIA));
		assertThat(this.broadcasts.find(id, EducatorScope.all()).cancelled()).isFalse();
		assertThat(this.broadcasts.progress(id, EducatorScope.all()).pending()).isEqualTo(1);
		assertThat(this.broadcasts.find(georgia.id(), GEORGIA).id()).isEqualTo(georgia.id());
	}

	static long total(Map<Language, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	java.util.List<Long> chats(Broadcast broadcast) {
		return this.jdbc.queryForList("select chat_id from deliveries where source_id = ?", Long.class, broadcast.id());
	}

	static BroadcastDraft draft(Filter filter) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.RU, "Привет");
		return new BroadcastDraft(texts, Language.RU, null, null, filter, Timing.NOW, null, ZoneId.of("UTC"), null);
	}

	long educator(String language, String country, String network) {
		long id = 6_000_000 + this.next++;
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, country, network)
				values (?, ?, ?, 'UTC', now(), now(), now(), ?, ?)""", id, id, language, country, network);
		return id;
	}

}
