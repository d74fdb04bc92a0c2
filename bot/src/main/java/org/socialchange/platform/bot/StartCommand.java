package org.socialchange.platform.bot;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * {@code /start}: a new user picks a language; a registered educator is welcomed back.
 */
@Component
class StartCommand implements CommandHandler {

	private final Replies replies;

	StartCommand(Replies replies) {
		this.replies = replies;
	}

	@Override
	public String command() {
		return "start";
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		incoming.educator().ifPresentOrElse((educator) -> {
			String text = this.replies.text(incoming, "start.welcomeBack",
					Map.of("name", Html.escape(incoming.firstName()), "joined", educator.joinedAt()));
			this.replies.send(incoming.chatId(), text);
		}, () -> this.replies.send(incoming.chatId(), this.replies.text(incoming, "language.prompt"),
				Keyboards.languagePicker(incoming.language())));
	}

}
