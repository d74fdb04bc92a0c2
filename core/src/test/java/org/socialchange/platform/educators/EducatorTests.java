package org.socialchange.platform.educators;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EducatorTests {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	Educator consented() {
		Educator educator = new Educator(1L, 1L, Language.RU, NOW);
		educator.consent(NOW);
		educator.name(FreeText.of("Анна", 64));
		return educator;
	}

	@Test
	void nothingPersonalIsStoredBeforeConsent() {
		Educator educator = new Educator(1L, 1L, Language.RU, NOW);
		assertThatIllegalStateException().isThrownBy(() -> educator.name(FreeText.of("Анна", 64)));
		assertThat(educator.displayName()).isEmpty();
	}

	@Test
	void aFixedZoneCountrySetsTheZoneAndNeedsNoZoneChoice() {
		Educator educator = consented();
		educator.country(Country.AM);
		assertThat(educator.timeZone()).contains(ZoneId.of("Asia/Yerevan"));
		assertThat(educator.needsZoneChoice()).isFalse();
		educator.country(Country.RU);
		assertThat(educator.needsZoneChoice()).isTrue();
	}

	@Test
	void registrationCompletesOnlyWithEveryRequiredAnswer() {
		Educator educator = consented();
		educator.country(Country.RU);
		educator.role(Role.NGO_STAFF);
		educator.toggleTopic(Topic.MEDIA_LITERACY);
		educator.network(Network.ALUMNI);
		assertThatIllegalStateException().isThrownBy(() -> educator.completeRegistration(NOW));
		educator.timeZone(ZoneId.of("Europe/Moscow"));
		educator.completeRegistration(NOW);
		assertThat(educator.isRegistered()).isTrue();
		assertThat(educator.registeredAt()).contains(NOW);
	}

	@Test
	void aTypedCountryNameIsKeptOnlyForOtherAndDroppedOnAChange() {
		Educator educator = consented();
		educator.country(Country.GE);
		assertThatIllegalStateException().isThrownBy(() -> educator.countryOther(FreeText.of("Moldova", 64)));
		educator.country(Country.OTHER);
		educator.countryOther(FreeText.of("Moldova", 64));
		assertThat(educator.countryOther()).contains("Moldova");
		educator.country(Country.TJ);
		assertThat(educator.countryOther()).isEmpty();
	}

	@Test
	void topicsToggleOnAndOff() {
		Educator educator = consented();
		educator.toggleTopic(Topic.ENVIRONMENT);
		educator.toggleTopic(Topic.ENVIRONMENT);
		assertThat(educator.topics()).isEmpty();
	}

	@Test
	void decliningWithdrawsConsentAndEveryAnswer() {
		Educator educator = consented();
		educator.country(Country.AM);
		educator.declineConsent();
		assertThat(educator.consentedAt()).isEmpty();
		assertThat(educator.displayName()).isEmpty();
		assertThat(educator.country()).isEmpty();
		assertThat(educator.timeZone()).isEmpty();
		assertThat(educator.language()).isEqualTo(Language.RU);
	}

}
