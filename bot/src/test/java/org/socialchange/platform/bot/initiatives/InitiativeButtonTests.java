package org.socialchange.platform.bot.initiatives;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.initiatives.InitiativeButton.Action;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.initiatives.InitiativeFilter;
import org.socialchange.platform.initiatives.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buttons of initiatives carry a search's page and filter in Telegram's 64 bytes: the
 * words as far as whole words fit, and stale or forged data decode to nothing.
 */
class InitiativeButtonTests {

	@Test
	void aFilterWithWordsRoundTrips() {
		InitiativeButton button = InitiativeButton.find(2,
				new InitiativeFilter("школа", Topic.MEDIA_LITERACY, Country.TJ, Stage.RUNNING));
		InitiativeButton decoded = decode(button.encode());
		assertThat(decoded).isEqualTo(button);
		assertThat(decoded.filter().keywords()).isEqualTo("школа");
	}

	@Test
	void longWordsAreCutAtAWholeWordWithinSixtyFourBytes() {
		InitiativeButton button = InitiativeButton.find(12, new InitiativeFilter(
				"განათლება ინკლუზიური სკოლებში მასწავლებლები", Topic.INCLUSIVE_EDUCATION, Country.GE, Stage.IDEA));
		String data = button.encode();
		assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ButtonType.MAX_BYTES);
		assertThat(decode(data).words()).isEqualTo("განათლება");
	}

	@Test
	void staleOrForgedDataDecodeToNothing() {
		assertThat(InitiativeButton.decode("99:1:0::::")).isEmpty();
		assertThat(InitiativeButton.decode("3:x:0::::")).isEmpty();
		assertThat(InitiativeButton.decode("3:1:0:77:::")).isEmpty();
		assertThat(InitiativeButton.decode("3:1:0::XX::")).isEmpty();
		assertThat(InitiativeButton.decode("3:1")).isEmpty();
		assertThat(decode(InitiativeButton.on(Action.USEFUL, 42).encode()).id()).isEqualTo(42);
	}

	private static InitiativeButton decode(String data) {
		return InitiativeButton.decode(data.substring(InitiativeButton.TYPE.prefix().length() + 1)).orElseThrow();
	}

}
