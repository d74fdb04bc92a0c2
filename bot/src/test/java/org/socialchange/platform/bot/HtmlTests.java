package org.socialchange.platform.bot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTests {

	@Test
	void escapesEverythingTelegramWouldReadAsMarkup() {
		assertThat(Html.escape("<b>Ann</b> & \"co\"")).isEqualTo("&lt;b&gt;Ann&lt;/b&gt; &amp; &quot;co&quot;");
	}

	@Test
	void leavesOtherTextAlone() {
		assertThat(Html.escape("Անի 👩‍🏫 سارا")).isEqualTo("Անի 👩‍🏫 سارا");
		assertThat(Html.escape(null)).isEmpty();
	}

}
