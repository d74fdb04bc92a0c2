package org.socialchange.platform.bot;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * Answers presses of inline buttons whose callback data starts with its prefix and a
 * colon ({@code lang:ru}).
 */
public interface CallbackHandler {

	String prefix();

	/**
	 * Handles the press; returns false when the data is stale or forged, so the user is
	 * told the button no longer works.
	 */
	boolean handle(Incoming incoming, CallbackQuery query, String value);

}
