package org.socialchange.platform.bot;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Long polling with the library's application on our own executor: started after the web
 * server (the sandbox must be serving), stopped first on shutdown so the JVM exits fast.
 */
@Component
@ConditionalOnProperty(name = "platform.telegram.polling", havingValue = "true", matchIfMissing = true)
@Conditional(WebhookMode.Off.class)
class LongPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

	private final TelegramSettings settings;

	private final OkHttpClient http;

	private final TelegramClient telegram;

	private final UpdateIntake intake;

	private final CommandsMenu commands;

	private ScheduledExecutorService executor;

	private TelegramBotsLongPollingApplication application;

	LongPolling(TelegramSettings settings, OkHttpClient telegramHttpClient, TelegramClient telegram,
			UpdateIntake intake, CommandsMenu commands) {
		this.settings = settings;
		this.http = telegramHttpClient;
		this.telegram = telegram;
		this.intake = intake;
		this.commands = commands;
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "telegram-polling");
			thread.setDaemon(true);
			return thread;
		});
		this.application = new TelegramBotsLongPollingApplication(() -> TelegramJson.MAPPER, () -> this.http,
				() -> this.executor);
		this.executor.execute(this::connect);
	}

	/**
	 * Registers the command menu and starts the session, retrying while Telegram cannot
	 * be reached (a filtered network must not keep the platform from starting).
	 */
	private void connect() {
		int timeout = (int) this.settings.pollTimeout().toSeconds();
		long backOffSeconds = 1;
		while (!Thread.currentThread().isInterrupted()) {
			try {
				this.commands.register();
				this.application.registerBot(this.settings.effectiveToken(), () -> TelegramUrl.DEFAULT_URL,
						(lastReceived) -> GetUpdates.builder()
							.offset(lastReceived + 1)
							.timeout(timeout)
							.allowedUpdates(AllowedUpdates.TYPES)
							.build(),
						this.intake);
				log.info("Polling Telegram for updates{}", this.settings.sandbox() ? " from the local sandbox" : "");
				return;
			}
			catch (TelegramApiException | RuntimeException ex) {
				log.warn("Cannot reach the Telegram Bot API ({}); trying again in {} s", ex.getMessage(),
						backOffSeconds);
				forgetSession();
				try {
					TimeUnit.SECONDS.sleep(backOffSeconds);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				backOffSeconds = Math.min(backOffSeconds * 2, 60);
			}
		}
	}

	private void forgetSession() {
		try {
			this.application.unregisterBot(this.settings.effectiveToken());
		}
		catch (TelegramApiException notRegistered) {
			// nothing was registered yet
		}
	}

	@Override
	public synchronized void stop() {
		if (this.application == null) {
			return;
		}
		try {
			this.application.close();
		}
		catch (Exception ex) {
			log.debug("Closing the polling application: {}", ex.getMessage());
		}
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.application = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.application != null;
	}

}
