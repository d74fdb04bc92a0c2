package org.socialchange.platform.translations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageMatchingTests {

	@ParameterizedTest
	@CsvSource({ "en, EN", "en-GB, EN", "ru, RU", "ru-RU, RU", "hy, HY", "hy-AM, HY", "ka, KA", "az, AZ",
			"az-Latn-AZ, AZ", "tg, TG", "tg-Cyrl, TG", "uz, RU", "kk, RU", "ky, RU", "be, RU", "de, EN", "fr-CA, EN",
			"'', EN", "xx-invalid, EN" })
	void matchesTelegramLanguageCodes(String code, Language expected) {
		assertThat(LanguageMatching.match(code)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "RU", "HY", "KA", "AZ", "TG", "EN" })
	void everyLanguageMatchesItself(Language language) {
		assertThat(LanguageMatching.match(language.code())).isEqualTo(language);
	}

}
