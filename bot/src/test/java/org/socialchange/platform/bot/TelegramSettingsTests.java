package org.socialchange.platform.bot;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TelegramSettingsTests {

	private static final String SECRET = "s3cr3t_Webhook-token";

	@Test
	void printsNeitherTheTokenNorTheProxyCredentials() {
		TelegramSettings settings = new TelegramSettings("123456:AAE-secret-token",
				URI.create("https://api.telegram.org"), URI.create("http://proxyuser:proxy-pass@proxy.example:3128"),
				Duration.ofSeconds(25), 8, null, null);
		assertThat(settings.toString()).doesNotContain("secret-token")
			.doesNotContain("proxyuser")
			.doesNotContain("proxy-pass")
			.contains("proxy.example:3128")
			.contains("https://api.telegram.org");
	}

	@Test
	void saysWhenThereIsNoToken() {
		assertThat(new TelegramSettings("", URI.create("https://api.telegram.org"), null, Duration.ofSeconds(25), 8, "",
				""))
			.hasToString("TelegramSettings[token=none (sandbox), apiUrl=https://api.telegram.org, proxy=none, "
					+ "pollTimeout=PT25S, handlerThreads=8, webhookUrl=none]");
	}

	@Test
	void withoutAWebhookUrlTheBotPollsWhateverTheSecret() {
		assertThat(webhook(null, SECRET).webhook()).isFalse();
		assertThat(webhook("  ", null).webhook()).isFalse();
		assertThat(webhook("", "not a secret!").webhookPath()).isNull();
	}

	@Test
	void aWebhookIsServedAtThePathOfItsUrlAndItsSecretIsNeverPrinted() {
		TelegramSettings settings = webhook(" https://platform.example.org:8443/telegram/webhook?x=1 ", SECRET);
		assertThat(settings.webhook()).isTrue();
		assertThat(settings.webhookUrl()).isEqualTo("https://platform.example.org:8443/telegram/webhook?x=1");
		assertThat(settings.webhookPath()).isEqualTo("/telegram/webhook");
		assertThat(settings.toString()).doesNotContain(SECRET)
			.contains("webhookUrl=https://platform.example.org:8443/telegram/webhook, webhookSecret=******");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/telegram/webhook", "http://localhost/hook",
			"http://[::1]:9000/a/b.c_d~e-f", "HTTPS://bot.example.org/t", "https://bot.example.org/hook/" })
	void acceptsHttpsAndHttpOnlyToThisMachine(String url) {
		assertThat(webhook(url, "a").webhook()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://platform.example.org/telegram/webhook", "http://10.0.0.5/telegram/webhook",
			"http://127.0.0.1.example.org/hook", "ftp://platform.example.org/hook", "platform.example.org/hook",
			"https:///hook", "https://platform.example.org", "https://platform.example.org/",
			"https://platform.example.org/hooks/{id}", "https://platform.example.org/h%20ook",
			"https://platform example.org/hook" })
	void refusesAUrlTelegramCannotCallOrThatIsNoSinglePath(String url) {
		assertThatExceptionOfType(InvalidWebhookSettings.class).isThrownBy(() -> webhook(url, SECRET))
			.withMessageStartingWith("TELEGRAM_WEBHOOK_URL " + url.strip() + " ")
			.satisfies((ex) -> assertThat(ex.action()).contains("remove it to use long polling"));
	}

	@Test
	void refusesAWebhookWithoutASecret() {
		assertThatExceptionOfType(InvalidWebhookSettings.class)
			.isThrownBy(() -> webhook("https://platform.example.org/telegram/webhook", ""))
			.withMessageContaining("TELEGRAM_WEBHOOK_SECRET is not set");
		assertThatExceptionOfType(InvalidWebhookSettings.class)
			.isThrownBy(() -> webhook("https://platform.example.org/telegram/webhook", null))
			.withMessageContaining("TELEGRAM_WEBHOOK_SECRET is not set");
	}

	@ParameterizedTest
	@ValueSource(strings = { "has space", "ümlaut", "semi;colon", "line\nbreak", " padded" })
	void refusesASecretTelegramWouldRefuseWithoutPrintingIt(String secret) {
		assertThatExceptionOfType(InvalidWebhookSettings.class)
			.isThrownBy(() -> webhook("https://platform.example.org/telegram/webhook", secret))
			.withMessageContaining("TELEGRAM_WEBHOOK_SECRET is not 1 to 256 characters of A-Z, a-z, 0-9, _ and -")
			.satisfies((ex) -> assertThat(ex.getMessage() + ex.action()).doesNotContain(secret));
	}

	@Test
	void acceptsSecretsOfOneTo256Characters() {
		assertThat(webhook("https://platform.example.org/t", "x").webhookSecret()).isEqualTo("x");
		assertThat(webhook("https://platform.example.org/t", "A-z_9".repeat(51) + "0").webhook()).isTrue();
		assertThatExceptionOfType(InvalidWebhookSettings.class)
			.isThrownBy(() -> webhook("https://platform.example.org/t", "x".repeat(257)));
	}

	private static TelegramSettings webhook(String url, String secret) {
		return new TelegramSettings("123:ABC", URI.create("https://api.telegram.org"), null, Duration.ofSeconds(25), 8,
				url, secret);
	}

}
