package org.socialchange.platform.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health and Prometheus metrics are served on the management port (a random one here) and
 * not on the public port: health shows the database, Telegram (the sandbox) and the
 * delivery backlog; after a user's {@code /start}, a bulk message and a job run, the
 * metrics count them.
 */
@PlatformTest
class ObservabilityTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	Messages messages;

	@Autowired
	DeliveryManagement deliveries;

	@Autowired
	Scheduler scheduler;

	@Test
	void healthOnTheManagementPortShowsTheDatabaseTelegramAndTheDeliveryBacklogUp() {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> response = get(this.managementPort, "/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = JSON.readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		JsonNode components = health.get("components");
		assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("telegram").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("telegram").get("details").get("bot").asString()).startsWith("@");
		JsonNode backlog = components.get("deliveryBacklog");
		assertThat(backlog.get("status").asString()).isEqualTo("UP");
		assertThat(backlog.get("details").get("due").isNumber()).isTrue();
		assertThat(backlog.get("details").get("maxWaitSeconds").asLong()).isEqualTo(600);
		assertThat(response.body()).doesNotContain("SANDBOX");
	}

	@Test
	void prometheusCountsHandledUpdatesSentMessagesTheOutboxAndJobRuns() throws SchedulerException {
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser("Gauge", "en");
		int start = sandbox.write(user, "/start");
		JsonNode picker = sandbox.awaitBotMessage(user, start);
		assertThat(picker.get("text").asString()).isEqualTo(this.messages.format(Language.EN, "language.prompt"));
		this.deliveries.enqueue("monitoring-test", null, 0, List.of(new NewDelivery(null, ChatId.of(user),
				"A bulk message", null, null, Instant.now(), Instant.now().plus(Duration.ofHours(1)))));
		sandbox.awaitBotMessage(user, picker.get("messageId").asInt(),
				(m) -> m.get("text").asString().equals("A bulk message"));
		this.scheduler.triggerJob(JobKey.jobKey("update-log-pruning", "bot"));

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			String metrics = prometheus();
			assertThat(value(metrics, "platform_jobs_runs_total", "job=\"update-log-pruning\"")).isGreaterThan(0);
			// the outbox is read every ten seconds at most
			assertThat(value(metrics, "platform_outbox_depth", "state=\"SENT\"")).isGreaterThan(0);
		});
		String metrics = prometheus();
		assertThat(value(metrics, "platform_updates_handled_seconds_count", "")).isGreaterThan(0);
		assertThat(value(metrics, "platform_updates_handled_seconds_sum", "")).isGreaterThan(0);
		assertThat(value(metrics, "platform_updates_handled_seconds_bucket", "le=\"+Inf\"")).isGreaterThan(0);
		assertThat(value(metrics, "platform_updates_handled_seconds_bucket", "le=\"10.0\"")).isGreaterThan(0);
		assertThat(value(metrics, "platform_updates_failed_total", "")).isGreaterThanOrEqualTo(0);
		assertThat(value(metrics, "platform_messages_sent_total", "kind=\"reply\"")).isGreaterThan(0);
		assertThat(value(metrics, "platform_messages_sent_total", "kind=\"bulk\"")).isGreaterThan(0);
		for (String state : List.of("PENDING", "SENT", "FAILED", "BLOCKED", "EXPIRED", "CANCELLED")) {
			assertThat(value(metrics, "platform_outbox_depth", "state=\"" + state + "\"")).isGreaterThanOrEqualTo(0);
		}
		assertThat(value(metrics, "platform_outbox_due", "")).isGreaterThanOrEqualTo(0);
		assertThat(value(metrics, "platform_outbox_oldest_due_wait_seconds", "")).isGreaterThanOrEqualTo(0);
		for (String kind : List.of("bulk", "reply")) {
			assertThat(value(metrics, "platform_telegram_rate_limited_total", "kind=\"" + kind + "\""))
				.isGreaterThanOrEqualTo(0);
			assertThat(value(metrics, "platform_telegram_blocked_total", "kind=\"" + kind + "\""))
				.isGreaterThanOrEqualTo(0);
		}
		assertThat(value(metrics, "platform_jobs_failures_total", "job=\"update-log-pruning\"")).isZero();
	}

	@Test
	void thePublicPortServesNeitherHealthNorMetrics() {
		for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator")) {
			HttpResponse<String> response = get(this.port, path);
			assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
			if (response.statusCode() == 302) {
				assertThat(response.headers().firstValue("Location")).as(path)
					.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
			}
			assertThat(response.body()).as(path).doesNotContain("platform_", "\"status\"");
		}
	}

	@Test
	void theManagementPortServesOnlyHealthAndMetrics() {
		assertThat(get(this.managementPort, "/actuator/env").statusCode()).isEqualTo(404);
		assertThat(get(this.managementPort, "/actuator/beans").statusCode()).isEqualTo(404);
		assertThat(get(this.managementPort, "/sandbox/api/users").statusCode()).isEqualTo(404);
	}

	private String prometheus() {
		HttpResponse<String> response = get(this.managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The value of the one series of this name whose labels contain the text. */
	private static double value(String metrics, String name, String label) {
		Matcher series = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
		while (series.find()) {
			if (series.group(1).contains(label)) {
				return Double.parseDouble(series.group(2));
			}
		}
		throw new AssertionError("No series " + name + " {" + label + "} in\n" + metrics);
	}

	private HttpResponse<String> get(int port, String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
