package org.socialchange.platform.bot;

import java.util.List;

/**
 * The kinds of update the bot asks Telegram for, the same whether it polls or is called
 * by webhook: messages, their edits, button presses, and changes of the bot's membership
 * in a chat (added, removed, blocked). Anything else Telegram never sends.
 */
final class AllowedUpdates {

	static final List<String> TYPES = List.of("message", "edited_message", "callback_query", "my_chat_member");

	private AllowedUpdates() {
	}

}
