package org.socialchange.platform.bot;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * {@code /help}: what the bot can do, in the user's language; in a group chat, a short
 * note on what the bot does there, in the topic it was asked in.
 */
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
	public int order() {
		return 100;
	}

	@Override
	public Set<ChatType> chats() {
		return Set.of(ChatType.PRIVATE, ChatType.GROUP, ChatType.SUPERGROUP);
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		if (incoming.chat().isPrivate()) {
			this.replies.send(incoming.chat(), this.commands.help(incoming.language()));
		}
		else {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "group.help"));
		}
	}

	/** The answer to anything the bot did not understand in a private chat. */
	void notUnderstood(Incoming incoming) {
		this.replies.send(incoming.chat(),
				this.replies.text(incoming, "help.intro") + "\n" + this.commands.list(incoming.language()));
	}

}
