package org.socialchange.platform.bot.registration;

import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.CommandsMenu;
import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.translations.Language;

/**
 * A language chosen in the picker: stored, the picker turned into a note of the choice,
 * the chat's command menu switched to it, then the registration's next question for
 * someone who is not registered yet, or a confirmation. A picker pressed by someone the
 * platform no longer knows (erased since) is stale and creates nothing.
 */
@Component
class LanguageChoiceHandler implements ButtonHandler<LanguageChoice> {

	private final EducatorManagement educators;

	private final Conversations conversations;

	private final RegistrationFlow registration;

	private final Replies replies;

	private final CommandsMenu commands;

	LanguageChoiceHandler(EducatorManagement educators, Conversations conversations, RegistrationFlow registration,
			Replies replies, CommandsMenu commands) {
		this.commands = commands;
		this.educators = educators;
		this.conversations = conversations;
		this.registration = registration;
		this.replies = replies;
	}

	@Override
	public ButtonType<LanguageChoice> type() {
		return LanguageChoice.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, LanguageChoice choice) {
		Language language = choice.language();
		Optional<Educator> chosen = this.educators.chooseLanguage(incoming.user(), language);
		if (chosen.isEmpty()) {
			return false;
		}
		Educator educator = chosen.get();
		Incoming now = incoming.with(educator);
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(),
				this.replies.text(now, "language.chosen", Map.of("language", language.nativeName())), null);
		this.commands.registerFor(incoming.chat(), language);
		if (educator.isRegistered()) {
			this.replies.send(incoming.chat(), this.replies.text(now, "language.changed"));
			return true;
		}
		Conversation conversation = this.registration.conversation(now, educator, false);
		if (!conversation.step().equals(Question.LANGUAGE.name())) {
			this.replies.send(incoming.chat(), this.replies.text(now, "language.changed"));
		}
		if (!conversation.suspended()) {
			this.registration.languageChosen(now, conversation, educator);
		}
		return true;
	}

}
