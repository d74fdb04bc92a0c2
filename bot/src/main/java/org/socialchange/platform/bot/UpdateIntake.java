package org.socialchange.platform.bot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes every update in: drops what the bot ignores on purpose at once, stores the rest
 * in the {@link UpdateInbox} (a redelivered update is handled once) and hands them to be
 * handled, the updates of different chats concurrently and those of one chat in order.
 * Telegram is told they arrived as soon as they are stored, so handling never holds up
 * the next updates; what was stored but not handled when the process stopped is handled
 * at the next start. A failure is logged with the update id and the user gets an apology
 * in their language; one update never stops the next.
 */
@Component
public class UpdateIntake implements LongPollingUpdateConsumer, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	/**
	 * Updates waiting to be handled beyond which intake waits for handling to catch up.
	 */
	private static final int MAX_WAITING = 1000;

	/** How often updates left unhandled by an instance that died are looked for. */
	private static final Duration ORPHAN_CHECK = Duration.ofSeconds(30);

	private final UpdateInbox inbox;

	private final UpdateDispatcher dispatcher;

	private final ChatOrderedExecutor executor;

	private final ScheduledExecutorService orphans = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "telegram-unhandled");
		thread.setDaemon(true);
		return thread;
	});

	private final BotMetrics metrics;

	UpdateIntake(UpdateInbox inbox, UpdateDispatcher dispatcher, TelegramSettings settings, BotMetrics metrics) {
		this.inbox = inbox;
		this.dispatcher = dispatcher;
		this.metrics = metrics;
		this.executor = new ChatOrderedExecutor(settings.handlerThreads());
	}

	@Override
	public void consume(List<Update> updates) {
		List<Update> concerned = updates.stream().filter(this.dispatcher::concerns).toList();
		this.inbox.recordNew(concerned).forEach(this::handleLater);
		try {
			while (this.executor.waiting() > MAX_WAITING) {
				TimeUnit.MILLISECONDS.sleep(10);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Hands out again what was received but not handled before the last stop, or by an
	 * instance that died: at the start, when this instance takes over polling, and every
	 * half minute (in webhook mode any instance may have received an update).
	 */
	public void resumeUnhandled() {
		List<Update> unhandled = this.inbox.adoptUnhandled();
		if (!unhandled.isEmpty()) {
			log.info("Handling {} updates received before the last stop", unhandled.size());
			unhandled.forEach(this::handleLater);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeUnhandledFromNowOn() {
		this.orphans.scheduleWithFixedDelay(() -> {
			try {
				resumeUnhandled();
			}
			catch (RuntimeException ex) {
				log.warn("Looking for unhandled updates failed: {}", ex.getMessage());
			}
		}, 0, ORPHAN_CHECK.toSeconds(), TimeUnit.SECONDS);
	}

	private void handleLater(Update update) {
		this.executor.submit(UpdateDispatcher.chatKey(update), () -> handle(update));
	}

	private void handle(Update update) {
		try {
			this.metrics.handle(() -> this.dispatcher.dispatch(update));
		}
		catch (RuntimeException ex) {
			log.error("Handling update {} failed", update.getUpdateId(), ex);
			this.dispatcher.apologize(update);
		}
		finally {
			this.inbox.handled(update.getUpdateId());
		}
	}

	@Override
	public void destroy() {
		this.orphans.shutdownNow();
		this.executor.close();
	}

}
