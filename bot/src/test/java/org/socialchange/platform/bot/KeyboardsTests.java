package org.socialchange.platform.bot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.RegistrationStep;
import org.socialchange.platform.educators.Role;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;

class KeyboardsTests {

	@Test
	void languagePickerNamesEveryLanguageInItselfWithTheLikelyOneFirst() {
		var picker = Keyboards.languagePicker(Language.TG).getKeyboard();
		assertThat(picker.get(0)).singleElement()
			.satisfies((button) -> assertThat(button.getCallbackData()).isEqualTo("lang:tg"));
		assertThat(picker.stream().mapToInt(List::size).sum()).isEqualTo(Language.values().length);
	}

	@Test
	void everyCallbackDataTheBotCanProduceFitsTelegramsSixtyFourBytes() {
		List<String> data = new ArrayList<>();
		for (Language language : Language.values()) {
			data.add("lang:" + language.code());
		}
		for (RegistrationStep step : RegistrationStep.values()) {
			data.add("reg:" + step + ":back");
		}
		for (Country country : Country.values()) {
			data.add("reg:COUNTRY:" + country);
			RegistrationPrompts.zones(country).forEach((zone) -> data.add("reg:TIME_ZONE:" + zone));
		}
		for (Role role : Role.values()) {
			data.add("reg:ROLE:" + role);
		}
		for (Topic topic : Topic.values()) {
			data.add("reg:TOPICS:" + topic);
		}
		for (Network network : Network.values()) {
			data.add("reg:NETWORK:" + network);
		}
		for (Visibility visibility : Visibility.values()) {
			data.add("vis:" + visibility);
		}
		ProfileView.FIELDS.forEach((field) -> data.add("prof:" + field));
		assertThat(data).allSatisfy(
				(value) -> assertThat(value.getBytes(StandardCharsets.UTF_8).length).as(value).isBetween(1, 64));
	}

}
