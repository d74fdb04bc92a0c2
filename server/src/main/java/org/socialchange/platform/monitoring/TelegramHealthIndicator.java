package org.socialchange.platform.monitoring;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code telegram} health component: whether the Bot API answers {@code getMe} with
 * the bot's token, through the bot's own client (same address, proxy, sandbox). Telegram
 * is asked at most once per {@link MonitoringSettings#telegramCheckEvery()} (30 s)
 * however often health is polled, and given {@link MonitoringSettings#telegramTimeout()}
 * (5 s). DOWN carries a short description of the failure (Telegram's answer, or the
 * network error), never the token.
 */
@Component
class TelegramHealthIndicator implements HealthIndicator {

	private final TelegramClient telegram;

	private final MonitoringSettings settings;

	private final Clock clock;

	private Health last;

	private Instant checkedAt;

	TelegramHealthIndicator(TelegramClient telegram, MonitoringSettings settings, Clock clock) {
		this.telegram = telegram;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.last == null || !now.isBefore(this.checkedAt.plus(this.settings.telegramCheckEvery()))) {
			this.last = check();
			this.checkedAt = now;
		}
		return this.last;
	}

	private Health check() {
		CompletableFuture<User> me;
		try {
			me = this.telegram.executeAsync(new GetMe());
		}
		catch (Exception ex) {
			return down(ex);
		}
		try {
			User bot = me.get(this.settings.telegramTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return Health.up().withDetail("bot", "@" + bot.getUserName()).build();
		}
		catch (TimeoutException ex) {
			me.cancel(true);
			return Health.down()
				.withDetail("error", "no answer within " + this.settings.telegramTimeout().toMillis() / 1000.0 + " s")
				.build();
		}
		catch (ExecutionException ex) {
			return down(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private static Health down(Throwable failure) {
		return Health.down().withDetail("error", describe(failure)).build();
	}

	/** Telegram's answer or the network error, without the token. */
	static String describe(Throwable failure) {
		String description;
		if (failure instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
			description = request.getErrorCode() + " " + request.getApiResponse();
		}
		else {
			Throwable cause = failure;
			while (cause.getCause() != null && !(cause instanceof IOException)) {
				cause = cause.getCause();
			}
			description = cause.getClass().getSimpleName()
					+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
		}
		return SecretMasking.mask(description);
	}

}
