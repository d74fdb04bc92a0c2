package org.socialchange.platform.bot;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BotApiAddressTests {

	@Test
	void sendsEveryCallToTheConfiguredBaseKeepingItsPathPrefix() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicReference<String> seen = new AtomicReference<>();
		server.createContext("/", (exchange) -> {
			seen.set(exchange.getRequestURI().toString());
			byte[] body = "{\"ok\":true,\"result\":true}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			HttpUrl base = HttpUrl.get("http://127.0.0.1:" + server.getAddress().getPort() + "/proxy/telegram/");
			OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new BotApiAddress(() -> base)).build();
			Request request = new Request.Builder().url("https://api.telegram.org/bot123:ABC/getMe?x=1").build();
			try (Response response = client.newCall(request).execute()) {
				assertThat(response.code()).isEqualTo(200);
			}
			assertThat(seen.get()).isEqualTo("/proxy/telegram/bot123:ABC/getMe?x=1");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void goesThroughTheConfiguredHttpProxy() throws Exception {
		HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicReference<String> seen = new AtomicReference<>();
		proxy.createContext("/", (exchange) -> {
			seen.set(exchange.getRequestURI().toString());
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		proxy.start();
		try {
			TelegramSettings settings = new TelegramSettings("123:ABC", URI.create("http://bot-api.example/prefix"),
					URI.create("http://127.0.0.1:" + proxy.getAddress().getPort()), Duration.ofSeconds(1), 1, null,
					null);
			TelegramConfiguration configuration = new TelegramConfiguration();
			OkHttpClient client = configuration.telegramHttpClient(settings, configuration.botApiBase(settings));
			Request request = new Request.Builder().url("https://api.telegram.org/bot123:ABC/getMe").build();
			try (Response response = client.newCall(request).execute()) {
				assertThat(response.code()).isEqualTo(204);
			}
			assertThat(seen.get()).isEqualTo("http://bot-api.example/prefix/bot123:ABC/getMe");
		}
		finally {
			proxy.stop(0);
		}
	}

}
