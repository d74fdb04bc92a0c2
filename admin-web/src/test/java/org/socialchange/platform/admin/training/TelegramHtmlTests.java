package org.socialchange.platform.admin.training;

import org.junit.jupiter.api.Test;

import org.socialchange.platform.admin.training.TelegramHtml.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramHtmlTests {

	@Test
	void readsTheCoresBoldAndItalicAndUnescapesEntitiesIntoPlainText() {
		assertThat(TelegramHtml.read("📚 <b>Rights &amp; duties</b> · 1\n\nA &lt;b&gt; tag\n\n<i>Choose one</i>"))
			.containsExactly(new Segment("📚 ", false, false, false, null),
					new Segment("Rights & duties", true, false, false, null),
					new Segment(" · 1\n\nA <b> tag\n\n", false, false, false, null),
					new Segment("Choose one", false, true, false, null));
	}

	@Test
	void keepsAnyOtherTagAndAScriptAsLiteralText() {
		assertThat(TelegramHtml.read("<script>alert(1)</script><a href=\"javascript:x\">x</a></b><img src=x>"))
			.containsExactly(new Segment("<script>alert(1)</script><a href=\"javascript:x\">x</a></b><img src=x>",
					false, false, false, null));
	}

	@Test
	void linksOnlyToWebAddressesAndNestsFormats() {
		assertThat(TelegramHtml.read("<b>a <i>b</i></b> <a href=\"https://example.org/?a=1&amp;b=2\">c</a><code>d"))
			.containsExactly(new Segment("a ", true, false, false, null), new Segment("b", true, true, false, null),
					new Segment(" ", false, false, false, null),
					new Segment("c", false, false, false, "https://example.org/?a=1&b=2"),
					new Segment("d", false, false, true, null));
	}

}
