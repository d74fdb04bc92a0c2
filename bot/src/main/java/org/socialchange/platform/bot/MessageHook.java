package org.socialchange.platform.bot;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Takes a private message (not a command) before any conversation sees it, when it
 * continues something the feature started: the next photos of an album whose first photo
 * was posted, say.
 */
public interface MessageHook {

	/** Handles the message and returns true when it is this feature's. */
	boolean take(Incoming incoming, Message message);

}
