package org.socialchange.platform.bot;

/** Answers one slash command in a private chat. */
public interface CommandHandler {

	/** The command without its slash, lower case ({@code start}). */
	String command();

	void handle(Incoming incoming, String argument);

}
