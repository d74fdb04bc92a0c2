package org.socialchange.platform.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes every update in: drops what the bot ignores on purpose at once, records the id of
 * the rest first (a redelivered update is handled once), handles the updates of different
 * chats concurrently and those of one chat in order, and on failure logs it with the
 * update id and apologises to the user in their language. One update never stops the
 * next. A batch is handed back once all of it was handled, so Telegram is told it arrived
 * only then.
 */
@Component
class UpdateIntake implements LongPollingUpdateConsumer, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	private final ProcessedUpdates processed;

	private final UpdateDispatcher dispatcher;

	private final ChatOrderedExecutor executor;

	UpdateIntake(ProcessedUpdates processed, UpdateDispatcher dispatcher, TelegramSettings settings) {
		this.processed = processed;
		this.dispatcher = dispatcher;
		this.executor = new ChatOrderedExecutor(settings.handlerThreads());
	}

	@Override
	public void consume(List<Update> updates) {
		List<CompletableFuture<Void>> handled = new ArrayList<>(updates.size());
		for (Update update : updates) {
			handled.add(this.executor.submit(UpdateDispatcher.chatKey(update), () -> receive(update)));
		}
		try {
			CompletableFuture.allOf(handled.toArray(CompletableFuture[]::new)).join();
		}
		catch (RuntimeException ex) {
			log.debug("A batch of updates was interrupted: {}", ex.getMessage());
		}
	}

	void receive(Update update) {
		try {
			if (!this.dispatcher.concerns(update)) {
				return;
			}
			if (!this.processed.recordFirst(update.getUpdateId())) {
				log.debug("Update {} was already handled; ignoring the redelivery", update.getUpdateId());
				return;
			}
			this.dispatcher.dispatch(update);
		}
		catch (RuntimeException ex) {
			log.error("Handling update {} failed", update.getUpdateId(), ex);
			this.dispatcher.apologize(update);
		}
	}

	@Override
	public void destroy() {
		this.executor.close();
	}

}
