package org.socialchange.platform.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the platform's {@code /actuator/prometheus} on its management port, as a
 * Prometheus server would, and keeps the platform's own series and its connection pool's
 * (how long a thread waited for a connection, how many waited).
 */
final class Prometheus {

	/**
	 * The series the platform itself defines, and the pool's (the rest are the JVM's,
	 * Tomcat's, ...).
	 */
	static final List<String> OURS = List.of("platform_", "hikaricp_connections_");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Prometheus() {
	}

	static String scrape(ConfigurableApplicationContext platform) {
		String port = platform.getEnvironment().getProperty("local.management.port");
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.body()
				.lines()
				.filter((line) -> OURS.stream().anyMatch(line::startsWith))
				.map((line) -> "    " + line + System.lineSeparator())
				.collect(Collectors.joining());
		}
		catch (IOException ex) {
			return "    (not read: " + ex.getMessage() + ")" + System.lineSeparator();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

}
