package org.socialchange.platform.bot.profile;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.registration.LanguageChoice;

/** {@code /language}: the language picker, the current language first. */
@Component
class LanguageCommand implements CommandHandler {

	private final Replies replies;

	LanguageCommand(Replies replies) {
		this.replies = replies;
	}

	@Override
	public String command() {
		return "language";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		this.replies.send(incoming.chat(), this.replies.text(incoming, "language.prompt"),
				LanguageChoice.picker(incoming.language()));
	}

}
