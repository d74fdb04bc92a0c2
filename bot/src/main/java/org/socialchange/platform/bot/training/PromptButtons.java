package org.socialchange.platform.bot.training;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.training.AnswerClosed;
import org.socialchange.platform.training.PromptMessage;
import org.socialchange.platform.training.TrainingManagement;

import org.springframework.stereotype.Component;

/**
 * The buttons under a prompt: an option is chosen (or, in a multiple choice, taken back)
 * and the prompt's message shows the choice marked; «Write my reflection» starts the
 * reflection flow. Once the next prompt came, a press only hears that the prompt takes no
 * more answers, and the message stays as it is.
 */
@Component
class PromptButtons implements ButtonHandler<PromptPress> {

	private final TrainingManagement training;

	private final ReflectionFlow flow;

	private final Replies replies;

	PromptButtons(TrainingManagement training, ReflectionFlow flow, Replies replies) {
		this.training = training;
		this.flow = flow;
		this.replies = replies;
	}

	@Override
	public ButtonType<PromptPress> type() {
		return PromptPress.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, PromptPress data) {
		if (!incoming.registered()) {
			return false;
		}
		Educator educator = incoming.educator().orElseThrow();
		if (data.reflect()) {
			if (!this.training.takesReflection(educator, data.sendId())) {
				closed(incoming, query);
				return true;
			}
			this.replies.answer(query.getId(), null);
			this.flow.begin(incoming, data.sendId());
			return true;
		}
		PromptMessage prompt;
		try {
			prompt = this.training.choose(educator, data.sendId(), data.option());
		}
		catch (AnswerClosed ex) {
			closed(incoming, query);
			return true;
		}
		this.replies.answer(query.getId(), null);
		int messageId = query.getMessage().getMessageId();
		if (query.getMessage() instanceof Message message && (message.hasPhoto() || message.hasDocument())) {
			this.replies.editCaption(incoming.chat(), messageId, prompt.text(), Keyboards.of(prompt.buttons()));
		}
		else {
			this.replies.edit(incoming.chat(), messageId, prompt.text(), Keyboards.of(prompt.buttons()));
		}
		return true;
	}

	private void closed(Incoming incoming, CallbackQuery query) {
		this.replies.answer(query.getId(), this.replies.text(incoming, "training.closed"));
	}

}
