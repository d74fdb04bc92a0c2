package org.socialchange.platform.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TelegramHtmlTests {

	@Test
	void visibleTextDropsTagsAndResolvesEntities() {
		assertThat(TelegramHtml.visibleText("<b>Hello</b>, &lt;b&gt; &amp; &quot;you&quot; &#1329;"))
			.isEqualTo("Hello, <b> & \"you\" Ա");
	}

	@Test
	void refusesUnsupportedAndUnbalancedTags() {
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> TelegramHtml.visibleText("<script>x</script>"))
			.withMessageContaining("Unsupported start tag \"script\"");
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> TelegramHtml.visibleText("<b>open"))
			.withMessageContaining("Can't find end tag");
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> TelegramHtml.visibleText("<b>x</i>"))
			.withMessageContaining("Unmatched end tag");
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> TelegramHtml.visibleText("a < b"))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(400));
	}

	@Test
	void acceptsTelegramsTagsWithAttributes() {
		assertThat(TelegramHtml.visibleText("<a href=\"https://example.org\">link</a> <tg-spoiler>x</tg-spoiler>"))
			.isEqualTo("link x");
	}

}
