package org.socialchange.platform.educators;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EducatorTests {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	Educator atCountry() {
		Educator educator = new Educator(1L, 1L, Language.RU, NOW);
		educator.chooseLanguage(Language.RU, NOW);
		educator.consent(NOW);
		educator.name(FreeText.of("Анна", 64));
		return educator;
	}

	@Test
	void aFixedZoneCountrySetsTheZoneAndSkipsTheZoneStep() {
		Educator educator = atCountry();
		educator.country(Country.AM);
		assertThat(educator.timeZone()).contains(ZoneId.of("Asia/Yerevan"));
		educator.region(null);
		educator.role(Role.TEACHER);
		educator.toggleTopic(Topic.ENVIRONMENT);
		educator.topicsDone();
		assertThat(educator.step()).contains(RegistrationStep.NETWORK);
		educator.back();
		assertThat(educator.step()).contains(RegistrationStep.TOPICS);
	}

	@Test
	void russiaAsksForTheZone() {
		Educator educator = atCountry();
		educator.country(Country.RU);
		educator.region(FreeText.of("Казань", 100));
		educator.role(Role.NGO_STAFF);
		educator.toggleTopic(Topic.MEDIA_LITERACY);
		educator.topicsDone();
		assertThat(educator.step()).contains(RegistrationStep.TIME_ZONE);
		educator.timeZone(ZoneId.of("Europe/Moscow"));
		educator.network(Network.ALUMNI, NOW);
		assertThat(educator.isRegistered()).isTrue();
		assertThat(educator.step()).isEmpty();
	}

	@Test
	void backFromRegionReturnsToTheTypedCountryForOther() {
		Educator educator = atCountry();
		educator.country(Country.OTHER);
		educator.countryOther(FreeText.of("Moldova", 64));
		educator.back();
		assertThat(educator.step()).contains(RegistrationStep.COUNTRY_OTHER);
		educator.back();
		assertThat(educator.step()).contains(RegistrationStep.COUNTRY);
	}

	@Test
	void topicsCanBeToggledOffAndAtLeastOneIsNeeded() {
		Educator educator = atCountry();
		educator.country(Country.GE);
		educator.region(null);
		educator.role(Role.PARENT_OR_COMMUNITY_MEMBER);
		educator.toggleTopic(Topic.ENVIRONMENT);
		educator.toggleTopic(Topic.ENVIRONMENT);
		assertThat(educator.topics()).isEmpty();
		assertThatIllegalStateException().isThrownBy(educator::topicsDone);
	}

	@Test
	void anAnswerForAnotherStepIsRefused() {
		Educator educator = atCountry();
		assertThatIllegalStateException().isThrownBy(() -> educator.role(Role.TEACHER));
		assertThat(educator.step()).contains(RegistrationStep.COUNTRY);
	}

	@Test
	void cancelSuspendsAndStartContinuesAtTheSameStep() {
		Educator educator = atCountry();
		educator.suspend();
		assertThat(educator.awaiting()).isEmpty();
		assertThat(educator.step()).contains(RegistrationStep.COUNTRY);
		educator.continueConversation();
		assertThat(educator.awaiting()).contains(RegistrationStep.COUNTRY);
	}

	@Test
	void editingAFieldReturnsToTheProfileAfterTheAnswer() {
		Educator educator = atCountry();
		educator.country(Country.TJ);
		educator.region(null);
		educator.role(Role.TEACHER);
		educator.toggleTopic(Topic.OTHER);
		educator.topicsDone();
		educator.network(Network.NEW, NOW);
		educator.edit(RegistrationStep.COUNTRY);
		educator.country(Country.RU);
		assertThat(educator.step()).contains(RegistrationStep.TIME_ZONE);
		educator.timeZone(ZoneId.of("Asia/Omsk"));
		assertThat(educator.step()).isEmpty();
		assertThat(educator.editing()).isFalse();
		assertThat(educator.region()).isEmpty();
	}

}
