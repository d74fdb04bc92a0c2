package org.socialchange.platform.bot.privacy;

import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;

/**
 * A command over one's own data: it works for anyone the bot knows, registered or not
 * yet, and tells a stranger (someone who never started, or erased everything) that they
 * have no profile, so there is nothing to send, pause or erase.
 */
abstract class PrivacyCommand implements CommandHandler {

	protected final Replies replies;

	protected PrivacyCommand(Replies replies) {
		this.replies = replies;
	}

	@Override
	public final void handle(Incoming incoming, String argument) {
		if (incoming.educator().isEmpty()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "privacy.nobodyKnown"));
			return;
		}
		handleKnown(incoming);
	}

	/** The command, for someone the bot knows. */
	protected abstract void handleKnown(Incoming incoming);

}
