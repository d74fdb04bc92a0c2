package org.socialchange.platform.bot;

import org.springframework.stereotype.Component;

/** {@code /help}: what the bot can do, in the user's language. */
@Component
class HelpCommand implements CommandHandler {

	private final Replies replies;

	private final CommandsMenu commands;

	HelpCommand(Replies replies, CommandsMenu commands) {
		this.replies = replies;
		this.commands = commands;
	}

	@Override
	public String command() {
		return "help";
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		this.replies.send(incoming.chatId(),
				this.replies.text(incoming, "help.commands") + "\n" + this.commands.list(incoming.language()));
	}

	/** The answer to anything the bot did not understand. */
	void notUnderstood(Incoming incoming) {
		this.replies.send(incoming.chatId(),
				this.replies.text(incoming, "help.intro") + "\n" + this.commands.list(incoming.language()));
	}

}
