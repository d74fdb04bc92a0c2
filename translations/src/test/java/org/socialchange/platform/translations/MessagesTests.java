package org.socialchange.platform.translations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTests {

	private final Messages messages = new Messages(Catalogue.load());

	@Test
	void russianUsesEachPluralForm() {
		assertThat(community(Language.RU, 1)).contains("1 ");
		assertThat(community(Language.RU, 1)).isNotEqualTo(community(Language.RU, 3).replace('3', '1'));
		assertThat(community(Language.RU, 3).replace('3', '5')).isNotEqualTo(community(Language.RU, 5));
	}

	@Test
	void englishDistinguishesOneAndOther() {
		assertThat(community(Language.EN, 1)).isEqualTo("1 educator has already joined.");
		assertThat(community(Language.EN, 21)).isEqualTo("21 educators have already joined.");
	}

	@Test
	void datesAreShownInTheReadersTimeZone() {
		Instant lateEvening = Instant.parse("2026-03-01T22:30:00Z");
		String inLondon = this.messages.format(Language.EN, "start.welcomeBack",
				Map.of("name", "Ann", "joined", lateEvening), ZoneId.of("Europe/London"));
		String inYerevan = this.messages.format(Language.EN, "start.welcomeBack",
				Map.of("name", "Ann", "joined", lateEvening), ZoneId.of("Asia/Yerevan"));
		assertThat(inLondon).contains("March 1, 2026");
		assertThat(inYerevan).contains("March 2, 2026");
	}

	@Test
	void fallsBackToEnglishForAnUnknownLanguageKey() {
		Messages partial = new Messages(
				new Catalogue(Map.of(Language.EN, Map.of("only", "English only"), Language.RU, Map.of())));
		assertThat(partial.format(Language.RU, "only")).isEqualTo("English only");
	}

	private String community(Language language, int count) {
		return this.messages.format(language, "start.community", Map.of("count", count));
	}

}
