package org.socialchange.platform.bot;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * Answers presses of one {@link ButtonType} outside any conversation step.
 *
 * @param <T> the button's data
 */
public interface ButtonHandler<T extends ButtonData> {

	ButtonType<T> type();

	/**
	 * Handles the press; returns false when it no longer applies (stale), so the user is
	 * told the button no longer works.
	 */
	boolean press(Incoming incoming, CallbackQuery query, T data);

}
