package org.socialchange.platform.sandbox;

import java.util.List;
import java.util.Map;

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

	@Test
	void entitiesHaveUtf16OffsetsAsInTheBotApi() {
		TelegramHtml.Parsed parsed = TelegramHtml
			.parse("😀 <b>bold <i>both</i></b> <a href=\"https://example.org/?a=1&amp;b=2\">link</a>"
					+ " <pre><code class=\"language-java\">x</code></pre> <b></b>");
		assertThat(parsed.text()).isEqualTo("😀 bold both link x ");
		assertThat(parsed.entities()).containsExactly(Map.of("type", "bold", "offset", 3, "length", 9),
				Map.of("type", "italic", "offset", 8, "length", 4),
				Map.of("type", "text_link", "offset", 13, "length", 4, "url", "https://example.org/?a=1&b=2"),
				Map.of("type", "pre", "offset", 18, "length", 1, "language", "java"));
		assertThat(TelegramHtml.parse("<span class=\"tg-spoiler\">s</span><blockquote expandable>q</blockquote>")
			.entities()).extracting((entity) -> entity.get("type"))
			.isEqualTo(List.of("spoiler", "expandable_blockquote"));
	}

}
