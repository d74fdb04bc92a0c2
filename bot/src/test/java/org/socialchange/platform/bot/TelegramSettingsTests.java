package org.socialchange.platform.bot;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramSettingsTests {

	@Test
	void printsNeitherTheTokenNorTheProxyCredentials() {
		TelegramSettings settings = new TelegramSettings("123456:AAE-secret-token",
				URI.create("https://api.telegram.org"), URI.create("http://proxyuser:proxy-pass@proxy.example:3128"),
				Duration.ofSeconds(25), 8);
		assertThat(settings.toString()).doesNotContain("secret-token")
			.doesNotContain("proxyuser")
			.doesNotContain("proxy-pass")
			.contains("proxy.example:3128")
			.contains("https://api.telegram.org");
	}

	@Test
	void saysWhenThereIsNoToken() {
		assertThat(new TelegramSettings("", URI.create("https://api.telegram.org"), null, Duration.ofSeconds(25), 8))
			.hasToString(
					"TelegramSettings[token=none (sandbox), apiUrl=https://api.telegram.org, proxy=none, pollTimeout=PT25S, handlerThreads=8]");
	}

}
