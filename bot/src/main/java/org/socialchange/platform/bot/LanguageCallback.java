package org.socialchange.platform.bot;

import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.RegistrationStep;
import org.socialchange.platform.translations.Language;

/**
 * A language chosen in the picker: stored, the picker turned into a note of the choice,
 * then the next registration question for a newcomer or a confirmation otherwise.
 */
@Component
class LanguageCallback implements CallbackHandler {

	static final String PREFIX = "lang";

	private final EducatorManagement educators;

	private final Replies replies;

	private final RegistrationPrompts prompts;

	LanguageCallback(EducatorManagement educators, Replies replies, RegistrationPrompts prompts) {
		this.educators = educators;
		this.replies = replies;
		this.prompts = prompts;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public boolean handle(Incoming incoming, CallbackQuery query, String value) {
		Optional<Language> chosen = Language.fromCode(value);
		if (chosen.isEmpty()) {
			return false;
		}
		Language language = chosen.get();
		boolean newcomer = incoming.educator()
			.map((educator) -> educator.step().orElse(null) == RegistrationStep.LANGUAGE)
			.orElse(true);
		Educator educator = this.educators.chooseLanguage(incoming.from().getId(), incoming.chatId(), language);
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chatId(), query.getMessage().getMessageId(),
				this.replies.text(language, "language.chosen", Map.of("language", language.nativeName())), null);
		if (!newcomer) {
			this.replies.send(incoming.chatId(), this.replies.text(language, "language.changed", Map.of()));
		}
		if (educator.awaiting().isPresent()) {
			this.prompts.ask(incoming, educator);
		}
		return true;
	}

}
