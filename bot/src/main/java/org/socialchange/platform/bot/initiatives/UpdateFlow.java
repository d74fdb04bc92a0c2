package org.socialchange.platform.bot.initiatives;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Flow;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.StepButton;
import org.socialchange.platform.bot.initiatives.InitiativeButton.Action;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.initiatives.InitiativeFilter;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeNotFound;
import org.socialchange.platform.initiatives.InitiativeUpdate;
import org.socialchange.platform.initiatives.UpdateFile;

import org.springframework.stereotype.Component;

/**
 * One answer the bot waits for about initiatives: an update to post (text, a photo or the
 * first photo of an album, a document, with a caption), the new text of an update, a
 * message to an update's author or an answer to one, the words to search for. Anything
 * else gets a clear word and the bot keeps waiting; Back and {@code /cancel} leave.
 */
@Component
class UpdateFlow implements Flow {

	static final String NAME = "update";

	static final String PREFIX = "upd";

	static final Duration LIFETIME = Duration.ofDays(1);

	enum Step {

		POST, EDIT_TEXT, REPLY, ANSWER, WORDS

	}

	private final InitiativeManagement initiatives;

	private final Conversations conversations;

	private final Replies replies;

	private final InitiativeViews views;

	private final Relays relays;

	UpdateFlow(InitiativeManagement initiatives, Conversations conversations, Replies replies, InitiativeViews views,
			Relays relays) {
		this.initiatives = initiatives;
		this.conversations = conversations;
		this.replies = replies;
		this.views = views;
		this.relays = relays;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String buttonPrefix() {
		return PREFIX;
	}

	/** Waits for an answer at the step, after the question. */
	void begin(Incoming incoming, Step step, Map<String, String> state, String question) {
		this.conversations.start(incoming.user(), incoming.chatId(), NAME, step.name(), state, LIFETIME);
		this.replies.send(incoming.chat(), question, Keyboards.rows(List.of(Keyboards
			.button(this.replies.text(incoming, "initiatives.button.back"), StepButton.back(PREFIX, step.name()))), 1));
	}

	void search(Incoming incoming, InitiativeFilter filter) {
		Map<String, String> state = new HashMap<>();
		if (filter.topic() != null) {
			state.put("topic", filter.topic().name());
		}
		if (filter.country() != null) {
			state.put("country", filter.country().name());
		}
		if (filter.stage() != null) {
			state.put("stage", filter.stage().name());
		}
		begin(incoming, Step.WORDS, state, this.replies.text(incoming, "initiatives.find.ask"));
	}

	@Override
	public void onMessage(Incoming incoming, Conversation conversation, Message message) {
		Optional<Educator> educator = incoming.educator();
		Step step;
		try {
			step = Step.valueOf(conversation.step());
		}
		catch (IllegalArgumentException ex) {
			this.conversations.end(conversation);
			return;
		}
		if (educator.isEmpty()) {
			this.conversations.end(conversation);
			return;
		}
		try {
			if (step == Step.POST) {
				post(incoming, educator.get(), conversation, message);
				return;
			}
			if (!message.hasText()) {
				this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.textExpected"));
				return;
			}
			String text = message.getText();
			switch (step) {
				case EDIT_TEXT -> {
					long id = Long.parseLong(conversation.get("update").orElseThrow());
					InitiativeUpdate edited = this.initiatives.editUpdate(educator.get(), id, text);
					this.conversations.end(conversation);
					this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.saved"));
					this.initiatives.update(educator.get(), edited.id())
						.ifPresent((view) -> send(incoming, this.views.update(incoming, view)));
				}
				case REPLY -> {
					long id = Long.parseLong(conversation.get("update").orElseThrow());
					this.relays.relay(this.initiatives.reply(educator.get(), id, text));
					this.conversations.end(conversation);
					this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.reply.sent"));
				}
				case ANSWER -> {
					long id = Long.parseLong(conversation.get("reply").orElseThrow());
					this.relays.relay(this.initiatives.answer(educator.get(), id, text));
					this.conversations.end(conversation);
					this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.reply.sent"));
				}
				case WORDS -> {
					this.conversations.end(conversation);
					InitiativeFilter filter = new InitiativeFilter(FreeText.of(text, 200).value(),
							conversation.get("topic")
								.map(org.socialchange.platform.educators.Topic::valueOf)
								.orElse(null),
							conversation.get("country")
								.map(org.socialchange.platform.educators.Country::valueOf)
								.orElse(null),
							conversation.get("stage")
								.map(org.socialchange.platform.initiatives.Stage::valueOf)
								.orElse(null));
					send(incoming, this.views.find(incoming, educator.get(), InitiativeButton.find(0, filter)));
				}
				default -> this.conversations.end(conversation);
			}
		}
		catch (FreeText.InvalidText ex) {
			tell(incoming, ex, message);
		}
		catch (InitiativeNotFound ex) {
			this.conversations.end(conversation);
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.updateGone"));
		}
	}

	private void post(Incoming incoming, Educator educator, Conversation conversation, Message message) {
		long initiativeId = Long.parseLong(conversation.get("initiative").orElseThrow());
		String text;
		List<UpdateFile> files;
		String album = null;
		if (message.hasText()) {
			text = message.getText();
			files = List.of();
		}
		else if (message.hasPhoto()) {
			text = message.getCaption();
			files = List.of(UpdateFile.photo(largest(message.getPhoto())));
			album = message.getMediaGroupId();
		}
		else if (message.hasDocument()) {
			text = message.getCaption();
			files = List
				.of(UpdateFile.document(message.getDocument().getFileId(), message.getDocument().getFileName()));
		}
		else {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.post.unsupported"));
			return;
		}
		InitiativeUpdate posted;
		try {
			posted = this.initiatives.post(educator, initiativeId, text, files, album);
		}
		catch (FreeText.InvalidText ex) {
			if (!files.isEmpty() && ex.reason() == FreeText.InvalidText.Reason.TOO_LONG) {
				this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.post.captionTooLong",
						Map.of("max", ex.maxLength(), "length", text.codePointCount(0, text.length()))));
				return;
			}
			throw ex;
		}
		this.conversations.end(conversation);
		this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.posted"),
				Keyboards.rows(List.of(this.views.button(incoming, "initiatives.button.open",
						InitiativeButton.on(Action.CARD, posted.initiativeId()))), 1));
	}

	static String largest(List<PhotoSize> sizes) {
		return sizes.stream()
			.max(Comparator.comparingLong((PhotoSize size) -> (long) size.getWidth() * size.getHeight()))
			.orElseThrow()
			.getFileId();
	}

	private void tell(Incoming incoming, FreeText.InvalidText ex, Message message) {
		if (ex.reason() == FreeText.InvalidText.Reason.EMPTY) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.empty"));
			return;
		}
		String text = message.hasText() ? message.getText() : Optional.ofNullable(message.getCaption()).orElse("");
		this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.tooLong",
				Map.of("length", text.codePointCount(0, text.length()), "max", ex.maxLength())));
	}

	private void send(Incoming incoming, View view) {
		this.replies.send(incoming.chat(), view.html(), view.keyboard());
	}

	@Override
	public boolean onButton(Incoming incoming, Conversation conversation, CallbackQuery query, StepButton button) {
		return false;
	}

	@Override
	public void onBack(Incoming incoming, Conversation conversation, CallbackQuery query) {
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(),
				this.replies.text(incoming, "initiatives.cancelled"), null);
		this.conversations.end(conversation);
	}

	@Override
	public void onCancel(Incoming incoming, Conversation conversation) {
		this.conversations.end(conversation);
		this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.cancelled"));
	}

}
