package org.socialchange.platform.bot;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A conversation the bot leads: the dispatcher hands it the free text and the step
 * buttons of its active conversation, and {@code /cancel}. Back is a step button with the
 * value {@code back} in every flow.
 */
public interface Flow {

	/** The name stored with its conversations. */
	String name();

	/** The prefix of its {@link StepButton}s. */
	String buttonPrefix();

	/** A message (not a command) while the conversation waits. */
	void onMessage(Incoming incoming, Conversation conversation, Message message);

	/**
	 * A step button of the step the conversation waits at; returns false when the value
	 * is not an answer there (forged), so the press is told it is stale.
	 */
	boolean onButton(Incoming incoming, Conversation conversation, CallbackQuery query, StepButton button);

	/** Back: one step back, or out of the flow from its first step. */
	void onBack(Incoming incoming, Conversation conversation, CallbackQuery query);

	/** {@code /cancel}: the flow ends, or waits suspended with its answers kept. */
	void onCancel(Incoming incoming, Conversation conversation);

}
