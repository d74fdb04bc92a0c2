package org.socialchange.platform.bot;

import java.time.Duration;
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

import org.socialchange.platform.cluster.Cluster;
import org.socialchange.platform.cluster.ClusterLock;

/**
 * Long polling with the library's application on our own executor: started after the web
 * server (the sandbox must be serving), stopped first on shutdown so the JVM exits fast.
 * Of several instances on one database exactly one polls: the one holding the
 * {@value #ROLE} lock ({@link Cluster}). The others try to take it every few seconds, so
 * when the poller dies another polls within seconds, and first handles what the dead one
 * had received but not handled.
 */
@Component
@ConditionalOnProperty(name = "platform.telegram.polling", havingValue = "true", matchIfMissing = true)
@Conditional(WebhookMode.Off.class)
class LongPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

	/** The lock of the one instance that polls. */
	static final String ROLE = "telegram-polling";

	/**
	 * How often an instance that does not poll tries to take over, and the poller checks
	 * it still may.
	 */
	private static final Duration LOCK_CHECK = Duration.ofSeconds(5);

	private final TelegramSettings settings;

	private final OkHttpClient http;

	private final TelegramClient telegram;

	private final UpdateIntake intake;

	private final CommandsMenu commands;

	private final ClusterLock role;

	private ScheduledExecutorService executor;

	private ScheduledExecutorService leadership;

	private volatile boolean polling;

	private TelegramBotsLongPollingApplication application;

	LongPolling(TelegramSettings settings, OkHttpClient telegramHttpClient, TelegramClient telegram,
			UpdateIntake intake, CommandsMenu commands, Cluster cluster) {
		this.settings = settings;
		this.http = telegramHttpClient;
		this.telegram = telegram;
		this.intake = intake;
		this.commands = commands;
		this.role = cluster.role(ROLE);
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
		this.leadership = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "telegram-polling-lock");
			thread.setDaemon(true);
			return thread;
		});
		this.leadership.scheduleWithFixedDelay(this::lead, 0, LOCK_CHECK.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Polls while this instance holds the poller's lock: takes it when it is free, and
	 * stops polling when it was lost (the database connection holding it broke).
	 */
	private void lead() {
		try {
			if (this.role.held()) {
				return;
			}
			if (this.polling) {
				log.warn("This instance lost the polling lock; it stops polling");
				this.polling = false;
				forgetSession();
			}
			if (this.role.tryAcquire()) {
				this.intake.resumeUnhandled();
				connect();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Taking the polling lock failed: {}", ex.getMessage());
		}
	}

	/**
	 * Registers the command menu and starts the session, retrying while Telegram cannot
	 * be reached (a filtered network must not keep the platform from starting).
	 */
	private void connect() {
		int timeout = (int) this.settings.pollTimeout().toSeconds();
		if (BotApiRetry.untilDone("start polling", this.role::held, () -> {
			this.commands.register();
			this.application.registerBot(this.settings.effectiveToken(), () -> TelegramUrl.DEFAULT_URL,
					(lastReceived) -> GetUpdates.builder()
						.offset(lastReceived + 1)
						.timeout(timeout)
						.allowedUpdates(AllowedUpdates.TYPES)
						.build(),
					this.intake);
		}, this::forgetSession)) {
			log.info("Polling Telegram for updates{}", this.settings.sandbox() ? " from the local sandbox" : "");
			this.polling = true;
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
		this.leadership.shutdownNow();
		try {
			this.application.close();
		}
		catch (Exception ex) {
			log.debug("Closing the polling application: {}", ex.getMessage());
		}
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(2, TimeUnit.SECONDS);
			this.leadership.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.role.close();
		this.polling = false;
		this.application = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.application != null;
	}

}
