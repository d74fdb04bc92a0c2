package org.socialchange.platform.bot.registration;

import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Flow;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.StepButton;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;

/**
 * A flow that asks profile questions from the {@link Questionnaire}: reads typed and
 * pressed answers for the question the conversation waits at, stores each at once, and
 * leaves what comes next to the flow (registration: the next question; a profile edit:
 * back to the profile).
 */
public abstract class QuestionFlow implements Flow {

	protected final Questionnaire questions;

	protected final Conversations conversations;

	protected final Replies replies;

	protected QuestionFlow(Questionnaire questions, Conversations conversations, Replies replies) {
		this.questions = questions;
		this.conversations = conversations;
		this.replies = replies;
	}

	@Override
	public String buttonPrefix() {
		return Questionnaire.PREFIX;
	}

	/** After an answer to {@code answered}: ask the next question or finish. */
	protected abstract void next(Incoming incoming, Conversation conversation, Question answered, Educator after);

	/** Whether the question, asked in this flow, offers a Back button. */
	protected abstract boolean offersBack(Conversation conversation, Question question);

	/** Asks the question the conversation waits at. */
	protected void ask(Incoming incoming, Conversation conversation, Educator educator) {
		Question question = Question.named(conversation.step()).orElseThrow();
		this.questions.ask(incoming, educator, question, offersBack(conversation, question));
	}

	@Override
	public void onMessage(Incoming incoming, Conversation conversation, Message message) {
		Optional<Question> waiting = Question.named(conversation.step());
		Educator educator = incoming.educator().orElse(null);
		if (waiting.isEmpty() || educator == null) {
			this.conversations.end(conversation);
			return;
		}
		Step step = this.questions.step(waiting.get());
		if (step.text().isEmpty()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "input.buttonsExpected"));
			ask(incoming, conversation, educator);
			return;
		}
		if (!message.hasText()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "input.textExpected"));
			return;
		}
		int max = step.text().get().max();
		FreeText answer;
		try {
			answer = FreeText.of(message.getText(), max);
		}
		catch (FreeText.InvalidText ex) {
			String key = (ex.reason() == FreeText.InvalidText.Reason.EMPTY) ? "input.empty" : "input.tooLong";
			this.replies.send(incoming.chat(), this.replies.text(incoming, key, Map.of("max", max)));
			return;
		}
		Educator after = step.text().get().store().apply(incoming.user(), answer);
		next(incoming.with(after), conversation, waiting.get(), after);
	}

	@Override
	public boolean onButton(Incoming incoming, Conversation conversation, CallbackQuery query, StepButton button) {
		Optional<Question> waiting = Question.named(conversation.step());
		Educator educator = incoming.educator().orElse(null);
		if (waiting.isEmpty() || educator == null) {
			return false;
		}
		Question question = waiting.get();
		Step step = this.questions.step(question);
		int messageId = query.getMessage().getMessageId();
		if (step.toggle().isPresent() && !Questionnaire.DONE.equals(button.value())) {
			Optional<Educator> toggled = step.toggle().get().choose(incoming, educator, button.value());
			toggled.ifPresent((after) -> {
				this.replies.answer(query.getId(), null);
				this.replies.edit(incoming.chat(), messageId, this.questions.prompt(incoming, after, question),
						this.questions.keyboard(incoming, after, question, offersBack(conversation, question)));
			});
			return toggled.isPresent();
		}
		if (step.toggle().isPresent() && educator.topics().isEmpty()) {
			this.replies.answer(query.getId(), this.replies.text(incoming, "registration.topics.noneChosen"));
			return true;
		}
		Optional<Educator> chosen = step.choose().choose(incoming, educator, button.value());
		if (chosen.isEmpty()) {
			return false;
		}
		Educator after = chosen.get();
		this.replies.answer(query.getId(), null);
		String label = this.questions.answerLabel(incoming, educator, after, question, button.value());
		this.replies.edit(incoming.chat(), messageId,
				this.questions.prompt(incoming, after, question) + "\n\n" + this.replies.text(incoming.with(after),
						"registration.answered", Map.of("answer", Html.escape(label))),
				null);
		next(incoming.with(after), conversation, question, after);
		return true;
	}

	/** Leaves the question's message as the plain question, without its buttons. */
	protected void closeQuestion(Incoming incoming, Conversation conversation, CallbackQuery query) {
		this.replies.answer(query.getId(), null);
		Question.named(conversation.step())
			.ifPresent((question) -> this.replies.edit(incoming.chat(), query.getMessage().getMessageId(),
					this.questions.prompt(incoming, incoming.educator().orElseThrow(), question), null));
	}

}
