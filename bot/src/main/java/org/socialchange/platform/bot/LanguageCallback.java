package org.socialchange.platform.bot;

import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.translations.Language;

/**
 * A language chosen in the picker: stored, the picker message turned into a note of the
 * choice, then a greeting for a newcomer or a confirmation for a known educator.
 */
@Component
class LanguageCallback implements CallbackHandler {

	static final String PREFIX = "lang";

	private final EducatorManagement educators;

	private final Replies replies;

	private final CommandsMenu commands;

	LanguageCallback(EducatorManagement educators, Replies replies, CommandsMenu commands) {
		this.educators = educators;
		this.replies = replies;
		this.commands = commands;
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
		boolean newcomer = incoming.educator().isEmpty();
		this.educators.chooseLanguage(incoming.from().getId(), incoming.chatId(), language);
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chatId(), query.getMessage().getMessageId(),
				this.replies.text(language, "language.chosen", Map.of("language", language.nativeName())), null);
		if (newcomer) {
			String greeting = this.replies.text(language, "start.greeting",
					Map.of("name", Html.escape(incoming.firstName())));
			String community = this.replies.text(language, "start.community", Map.of("count", this.educators.count()));
			this.replies.send(incoming.chatId(), greeting + "\n\n" + community + "\n\n" + this.commands.help(language));
		}
		else {
			this.replies.send(incoming.chatId(), this.replies.text(language, "language.changed", Map.of()));
		}
		return true;
	}

}
