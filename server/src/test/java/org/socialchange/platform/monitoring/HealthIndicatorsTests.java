package org.socialchange.platform.monitoring;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import org.socialchange.platform.delivery.OutboxStatistics;
import org.socialchange.platform.delivery.OutboxStatistics.Backlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The delivery backlog is DOWN once its oldest due message waited longer than allowed;
 * Telegram is DOWN with a short reason and no token when it fails or does not answer in
 * time, and is asked at most once per interval.
 */
class HealthIndicatorsTests {

	static final MonitoringSettings SETTINGS = new MonitoringSettings(Duration.ofMinutes(10), Duration.ofSeconds(30),
			Duration.ofMillis(300));

	final OutboxStatistics outbox = mock(OutboxStatistics.class);

	final TelegramClient telegram = mock(TelegramClient.class);

	final MutableClock clock = new MutableClock();

	@Test
	void theBacklogIsUpWhileItsOldestDueMessageWaitedTenMinutesAtMost() {
		DeliveryBacklogHealthIndicator indicator = new DeliveryBacklogHealthIndicator(this.outbox, SETTINGS);
		when(this.outbox.backlog()).thenReturn(new Backlog(1200, Duration.ofMinutes(10)));

		Health health = indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("due", 1200L)
			.containsEntry("oldestWaitSeconds", 600L)
			.containsEntry("maxWaitSeconds", 600L);
	}

	@Test
	void theBacklogIsDownOnceItsOldestDueMessageWaitedLonger() {
		DeliveryBacklogHealthIndicator indicator = new DeliveryBacklogHealthIndicator(this.outbox, SETTINGS);
		when(this.outbox.backlog()).thenReturn(new Backlog(3, Duration.ofMinutes(10).plusSeconds(1)));

		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void telegramIsUpWithTheBotsNameAndAskedAtMostEveryThirtySeconds() throws Exception {
		User bot = new User(1L, "Platform", true);
		bot.setUserName("platform_bot");
		doReturn(CompletableFuture.completedFuture(bot)).when(this.telegram).executeAsync(any(GetMe.class));
		TelegramHealthIndicator indicator = new TelegramHealthIndicator(this.telegram, SETTINGS, this.clock);

		assertThat(indicator.health().getDetails()).containsEntry("bot", "@platform_bot");
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		verify(this.telegram, times(1)).executeAsync(any(GetMe.class));
		this.clock.advance(Duration.ofSeconds(1));
		indicator.health();
		verify(this.telegram, times(2)).executeAsync(any(GetMe.class));
	}

	@Test
	void telegramIsDownWithTheNetworkErrorButNotTheToken() throws Exception {
		doReturn(CompletableFuture.failedFuture(new IOException(
				"unexpected end of stream on https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe")))
			.when(this.telegram)
			.executeAsync(any(GetMe.class));
		TelegramHealthIndicator indicator = new TelegramHealthIndicator(this.telegram, SETTINGS, this.clock);

		Health health = indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error"))
			.isEqualTo("IOException: unexpected end of stream on https://api.telegram.org/bot123456789:******/getMe");
	}

	@Test
	void telegramIsDownWhenItDoesNotAnswerInTime() throws Exception {
		doReturn(new CompletableFuture<User>()).when(this.telegram).executeAsync(any(GetMe.class));
		TelegramHealthIndicator indicator = new TelegramHealthIndicator(this.telegram, SETTINGS, this.clock);

		Health health = indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error")).isEqualTo("no answer within 0.3 s");
	}

	static class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-29T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
