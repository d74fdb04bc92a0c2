package org.socialchange.platform.bot;

import org.springframework.stereotype.Component;

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
	public void handle(Incoming incoming, String argument) {
		this.replies.send(incoming.chatId(), this.replies.text(incoming, "language.prompt"),
				Keyboards.languagePicker(incoming.language()));
	}

}
