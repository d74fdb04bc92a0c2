package org.socialchange.platform.bot;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * {@code /cancel}: hands the active conversation to its flow to end or suspend, the same
 * in every flow; with nothing going on, the help.
 */
@Component
class CancelCommand implements CommandHandler {

	private final Conversations conversations;

	private final Map<String, Flow> flows;

	private final HelpCommand help;

	CancelCommand(Conversations conversations, Flows flows, HelpCommand help) {
		this.conversations = conversations;
		this.flows = flows.byName();
		this.help = help;
	}

	@Override
	public String command() {
		return "cancel";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		this.conversations.active(incoming.user(), incoming.chatId())
			.filter((conversation) -> this.flows.containsKey(conversation.flow()))
			.ifPresentOrElse((conversation) -> this.flows.get(conversation.flow()).onCancel(incoming, conversation),
					() -> this.help.handle(incoming, ""));
	}

}
