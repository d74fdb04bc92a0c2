package org.socialchange.platform.bot;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

import org.springframework.stereotype.Component;

/**
 * Takes every update in: records its id first (a redelivered update is handled once),
 * handles it, and on failure logs it with the update id and apologises to the user in
 * their language. One update never stops the next.
 */
@Component
class UpdateIntake implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	private final ProcessedUpdates processed;

	private final UpdateDispatcher dispatcher;

	private final Replies replies;

	UpdateIntake(ProcessedUpdates processed, UpdateDispatcher dispatcher, Replies replies) {
		this.processed = processed;
		this.dispatcher = dispatcher;
		this.replies = replies;
	}

	@Override
	public void consume(List<Update> updates) {
		updates.forEach(this::receive);
	}

	void receive(Update update) {
		try {
			if (!this.processed.recordFirst(update.getUpdateId())) {
				log.debug("Update {} was already handled; ignoring the redelivery", update.getUpdateId());
				return;
			}
			this.dispatcher.dispatch(update);
		}
		catch (RuntimeException ex) {
			log.error("Handling update {} failed", update.getUpdateId(), ex);
			apologize(update);
		}
	}

	private void apologize(Update update) {
		try {
			UpdateDispatcher.privateChat(update).ifPresent((chatId) -> {
				User from = update.hasMessage() ? update.getMessage().getFrom() : update.getCallbackQuery().getFrom();
				Incoming incoming = this.dispatcher.incoming(update, from, chatId);
				this.replies.send(chatId, this.replies.text(incoming, "error.generic"));
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell the user about the failure of update {}: {}", update.getUpdateId(),
					ex.getMessage());
		}
	}

}
