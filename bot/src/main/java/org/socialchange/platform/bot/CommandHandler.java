package org.socialchange.platform.bot;

import java.util.Set;

/**
 * Answers one slash command. It declares itself: where it appears in the command menu,
 * whether it needs a finished registration, and in which kinds of chat it works; the
 * dispatcher and the menu need nothing else.
 */
public interface CommandHandler {

	/** The command without its slash, lower case ({@code start}). */
	String command();

	/** Its place in the command menu (ascending); negative keeps it out of the menu. */
	int order();

	/** True when only a registered educator may use it; others are told to register. */
	default boolean needsRegistration() {
		return false;
	}

	/** The kinds of chat it answers in; private chats unless it says otherwise. */
	default Set<ChatType> chats() {
		return Set.of(ChatType.PRIVATE);
	}

	void handle(Incoming incoming, String argument);

}
