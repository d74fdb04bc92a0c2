package org.socialchange.platform.bot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.context.SmartLifecycle;

/**
 * Tells Telegram where to send updates: once the web server serves the webhook, registers
 * the command menu and calls {@code setWebhook} with the secret and the same kinds of
 * update polling asks for, retrying with backoff while Telegram cannot be reached (a
 * filtered network must not keep the platform from starting). Updates that waited while
 * the platform was down are kept and delivered. Nothing is undone on stop: Telegram keeps
 * the webhook and queues updates until the platform is back.
 */
class WebhookRegistration implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

	private final TelegramSettings settings;

	private final TelegramClient telegram;

	private final CommandsMenu commands;

	private ExecutorService executor;

	WebhookRegistration(TelegramSettings settings, TelegramClient telegram, CommandsMenu commands) {
		this.settings = settings;
		this.telegram = telegram;
		this.commands = commands;
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "telegram-webhook-registration");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.execute(this::register);
	}

	private void register() {
		if (BotApiRetry.untilDone("set the webhook", () -> true, () -> {
			this.commands.register();
			this.telegram.execute(SetWebhook.builder()
				.url(this.settings.webhookUrl())
				.secretToken(this.settings.webhookSecret())
				.allowedUpdates(AllowedUpdates.TYPES)
				.build());
		}, () -> {
		})) {
			log.info("Telegram sends updates to the webhook at {}{}", this.settings.webhookPath(),
					this.settings.sandbox() ? " (from the local sandbox)" : "");
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor == null) {
			return;
		}
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
