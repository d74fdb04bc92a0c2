package org.socialchange.platform.bot.training;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Flow;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.StepButton;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.training.TrainingManagement;

import org.springframework.stereotype.Component;

/**
 * «Write my reflection»: the next text is the reflection on the prompt (the send id is
 * the state). A conversation it interrupts is held in its state and put back, exactly
 * where it was, once the reflection is saved or cancelled; Back and {@code /cancel} leave
 * without saving.
 */
@Component
class ReflectionFlow implements Flow {

	static final String NAME = "reflection";

	static final String PREFIX = "rf";

	static final String WRITE = "WRITE";

	static final String SEND = "send";

	static final String HELD = "held";

	static final Duration LIFETIME = Duration.ofDays(1);

	private final Conversations conversations;

	private final Reflections reflections;

	private final Replies replies;

	private final Clock clock;

	ReflectionFlow(Conversations conversations, Reflections reflections, Replies replies, Clock clock) {
		this.conversations = conversations;
		this.reflections = reflections;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String buttonPrefix() {
		return PREFIX;
	}

	/** Asks for the reflection on a send, holding whatever conversation was going on. */
	void begin(Incoming incoming, long sendId) {
		Map<String, String> state = new HashMap<>();
		state.put(SEND, Long.toString(sendId));
		this.conversations.find(incoming.user(), incoming.chatId())
			.flatMap((current) -> current.isOf(NAME) ? current.get(HELD)
					: Optional.of(HeldConversation.of(current).json()))
			.ifPresent((held) -> state.put(HELD, held));
		this.conversations.start(incoming.user(), incoming.chatId(), NAME, WRITE, state, LIFETIME);
		this.replies.send(incoming.chat(),
				this.replies.text(incoming, "training.reflection.ask",
						Map.of("max", TrainingManagement.MAX_REFLECTION)),
				Keyboards.rows(List.of(Keyboards.button(this.replies.text(incoming, "training.button.back"),
						StepButton.back(PREFIX, WRITE))), 1));
	}

	/** The send a reflection conversation waits for. */
	static Optional<Long> sendOf(Conversation conversation) {
		try {
			return conversation.get(SEND).map(Long::valueOf);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void onMessage(Incoming incoming, Conversation conversation, Message message) {
		Optional<Educator> educator = incoming.educator();
		Optional<Long> send = sendOf(conversation);
		if (educator.isEmpty() || send.isEmpty()) {
			finish(conversation);
			return;
		}
		if (!message.hasText()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "training.reflection.textOnly"));
			return;
		}
		boolean taken = this.reflections.take(incoming, educator.get(), send.get(), message.getText(),
				conversation.get(HELD).isPresent() && resumesActive(conversation));
		if (taken || !this.reflections.open(educator.get(), send.get())) {
			finish(conversation);
		}
	}

	@Override
	public boolean onButton(Incoming incoming, Conversation conversation, CallbackQuery query, StepButton button) {
		return false;
	}

	@Override
	public void onBack(Incoming incoming, Conversation conversation, CallbackQuery query) {
		this.replies.answer(query.getId(), null);
		boolean goesOn = finish(conversation);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), cancelled(incoming, goesOn), null);
	}

	@Override
	public void onCancel(Incoming incoming, Conversation conversation) {
		boolean goesOn = finish(conversation);
		this.replies.send(incoming.chat(), cancelled(incoming, goesOn));
	}

	private String cancelled(Incoming incoming, boolean goesOn) {
		String text = this.replies.text(incoming, "training.reflection.cancelled");
		return goesOn ? text + "\n\n" + this.replies.text(incoming, "training.reflection.otherGoesOn") : text;
	}

	/** Whether the conversation it holds waits for answers (not suspended) once back. */
	private static boolean resumesActive(Conversation conversation) {
		return conversation.get(HELD).flatMap(HeldConversation::read).filter((held) -> !held.suspended()).isPresent();
	}

	/**
	 * Ends the reflection and puts back the conversation it held; true when that one
	 * waits for the user's answer again.
	 */
	boolean finish(Conversation conversation) {
		this.conversations.end(conversation);
		return conversation.get(HELD)
			.flatMap(HeldConversation::read)
			.map((held) -> held.restore(this.conversations, conversation, this.clock.instant()))
			.orElse(false);
	}

}
