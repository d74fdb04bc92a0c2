package org.socialchange.platform.bot.training;

import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.MessageHook;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.delivery.MessageButton;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.training.TrainingManagement;

import org.springframework.stereotype.Component;

/**
 * Reflections that come without the flow: a text sent in reply to a prompt's message is
 * that prompt's reflection, even while another conversation waits (which stays exactly
 * where it was); and with no conversation waiting, a plain text is the reflection the
 * newest open reflection prompt asks for.
 */
@Component
class ReflectionHook implements MessageHook {

	private final TrainingManagement training;

	private final Conversations conversations;

	private final Reflections reflections;

	private final ReflectionFlow flow;

	private final Replies replies;

	ReflectionHook(TrainingManagement training, Conversations conversations, Reflections reflections,
			ReflectionFlow flow, Replies replies) {
		this.training = training;
		this.conversations = conversations;
		this.reflections = reflections;
		this.flow = flow;
		this.replies = replies;
	}

	@Override
	public boolean take(Incoming incoming, Message message) {
		if (!message.hasText() || incoming.educator().isEmpty()) {
			return false;
		}
		Educator educator = incoming.educator().get();
		Optional<Conversation> active = this.conversations.active(incoming.user(), incoming.chatId());
		Message replied = message.getReplyToMessage();
		if (replied != null) {
			Optional<Long> send = PromptPress.sendOf(replied.getReplyMarkup());
			if (send.isEmpty()) {
				return false;
			}
			reply(incoming, educator, send.get(), message.getText(), active);
			return true;
		}
		if (active.isPresent()) {
			return false;
		}
		Optional<Long> awaited = this.training.awaitedReflection(educator);
		awaited.ifPresent((send) -> this.reflections.take(incoming, educator, send, message.getText(), false));
		return awaited.isPresent();
	}

	/** A reply to a prompt's message. */
	private void reply(Incoming incoming, Educator educator, long sendId, String text, Optional<Conversation> active) {
		if (!this.training.takesReflection(educator, sendId)) {
			// an open choice still shows its option buttons; a closed prompt shows none
			boolean choice = this.training.prompt(educator, sendId)
				.map((prompt) -> prompt.buttons()
					.stream()
					.flatMap(List::stream)
					.map(MessageButton::data)
					.map(PromptPress::of)
					.flatMap(Optional::stream)
					.anyMatch((press) -> !press.reflect()))
				.orElse(false);
			this.replies.send(incoming.chat(),
					this.replies.text(incoming, choice ? "training.reflection.choiceOnly" : "training.closed"));
			return;
		}
		Optional<Conversation> sameReflection = active.filter((conversation) -> conversation.isOf(ReflectionFlow.NAME)
				&& ReflectionFlow.sendOf(conversation).filter((send) -> send == sendId).isPresent());
		boolean otherGoesOn = active.isPresent() && sameReflection.isEmpty();
		if (this.reflections.take(incoming, educator, sendId, text, otherGoesOn) && sameReflection.isPresent()) {
			this.flow.finish(sameReflection.get());
		}
	}

}
