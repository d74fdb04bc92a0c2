package org.socialchange.platform.bot;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram client: one OkHttp client (proxy, Bot API address with path prefix), one
 * Jackson 2 mapper for the library's types, one {@link TelegramClient}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramSettings.class)
class TelegramConfiguration {

	@Bean
	BotApiBase botApiBase(TelegramSettings settings) {
		return new BotApiBase(settings);
	}

	@Bean(destroyMethod = "")
	OkHttpClient telegramHttpClient(TelegramSettings settings, BotApiBase base) {
		OkHttpClient.Builder builder = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(settings.pollTimeout().plusSeconds(15))
			.writeTimeout(Duration.ofSeconds(30))
			.addInterceptor(new BotApiAddress(base::url));
		URI proxy = settings.proxy();
		if (proxy != null && proxy.getHost() != null) {
			Proxy.Type type = proxy.getScheme().startsWith("socks") ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
			builder.proxy(new Proxy(type, InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort())));
			if (proxy.getUserInfo() != null && type == Proxy.Type.HTTP) {
				String[] user = proxy.getUserInfo().split(":", 2);
				String credentials = Credentials.basic(user[0], (user.length > 1) ? user[1] : "");
				builder.proxyAuthenticator((route, response) -> response.request()
					.newBuilder()
					.header("Proxy-Authorization", credentials)
					.build());
			}
		}
		return builder.build();
	}

	@Bean
	TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramSettings settings) {
		return new OkHttpTelegramClient(TelegramJson.MAPPER, telegramHttpClient, settings.effectiveToken(),
				TelegramUrl.DEFAULT_URL);
	}

	/**
	 * The Bot API base address: the configured one, or this application's own sandbox
	 * once its port is known.
	 */
	static class BotApiBase implements ApplicationListener<WebServerInitializedEvent> {

		private final AtomicReference<HttpUrl> url = new AtomicReference<>();

		private final boolean sandbox;

		BotApiBase(TelegramSettings settings) {
			this.sandbox = settings.sandbox();
			if (!this.sandbox) {
				this.url.set(HttpUrl.get(settings.apiUrl().toString()));
			}
		}

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			// the management server (README, Monitoring) announces its own port too
			if (this.sandbox && event.getApplicationContext().getServerNamespace() == null) {
				this.url.set(HttpUrl.get("http://127.0.0.1:" + event.getWebServer().getPort() + "/sandbox/telegram"));
			}
		}

		HttpUrl url() {
			HttpUrl current = this.url.get();
			if (current == null) {
				throw new IllegalStateException("The sandbox Bot API is not serving yet");
			}
			return current;
		}

	}

}
