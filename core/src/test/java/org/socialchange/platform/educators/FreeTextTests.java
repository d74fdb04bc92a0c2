package org.socialchange.platform.educators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FreeTextTests {

	@Test
	void removesControlAndInvisibleCharactersAndTrims() {
		assertThat(FreeText.of("  Ann\u200B\u0007a\u202E \n Smith\uFEFF ", 64).value()).isEqualTo("Ann a Smith");
	}

	@Test
	void keepsEmojiSequencesAndRightToLeftScripts() {
		assertThat(FreeText.of("👩‍🏫 سارا", 64).value()).isEqualTo("👩‍🏫 سارا");
	}

	@Test
	void refusesWhatIsEmptyAfterCleaning() {
		assertThatExceptionOfType(FreeText.InvalidText.class).isThrownBy(() -> FreeText.of(" \u200B\u2060 ", 64))
			.extracting(FreeText.InvalidText::reason)
			.isEqualTo(FreeText.InvalidText.Reason.EMPTY);
	}

	@Test
	void countsCharactersNotCodeUnits() {
		assertThat(FreeText.of("😀".repeat(64), 64).value()).hasSize(128);
		assertThatExceptionOfType(FreeText.InvalidText.class).isThrownBy(() -> FreeText.of("😀".repeat(65), 64))
			.extracting(FreeText.InvalidText::reason)
			.isEqualTo(FreeText.InvalidText.Reason.TOO_LONG);
	}

}
