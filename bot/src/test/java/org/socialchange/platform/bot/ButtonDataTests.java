package org.socialchange.platform.bot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ButtonDataTests {

	@Test
	void stepButtonsEncodeAndDecodeThemselves() {
		StepButton button = new StepButton("reg", "TIME_ZONE", "Asia/Vladivostok");
		assertThat(button.encode()).isEqualTo("reg:TIME_ZONE:Asia/Vladivostok");
		assertThat(StepButton.type("reg").decode("TIME_ZONE:Asia/Vladivostok")).contains(button);
		assertThat(StepButton.back("reg", "ROLE").isBack()).isTrue();
	}

	@Test
	void forgedOrTruncatedDataDecodesToNothingInsteadOfThrowing() {
		ButtonType<StepButton> type = StepButton.type("reg");
		assertThat(type.decode("")).isEmpty();
		assertThat(type.decode("COUNTRY")).isEmpty();
		assertThat(type.decode("COUNTRY:")).isEmpty();
		assertThat(type.decode(":AM")).isEmpty();
	}

	@Test
	void buildingAButtonWithMoreThanSixtyFourBytesIsRefused() {
		StepButton tooLong = new StepButton("reg", "REGION", "Ереван-Ереван-Ереван-Ереван-Ереван");
		assertThatExceptionOfType(ButtonType.ButtonDataTooLong.class)
			.isThrownBy(() -> Keyboards.button("label", tooLong))
			.withMessageContaining("64");
		assertThat(Keyboards.button("ok", new StepButton("reg", "REGION", "skip")).getCallbackData())
			.isEqualTo("reg:REGION:skip");
	}

	@Test
	void aPrefixCannotContainTheSeparator() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ButtonType.of("a:b", (value) -> java.util.Optional.empty()));
	}

}
