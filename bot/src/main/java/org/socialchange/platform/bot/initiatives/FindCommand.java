package org.socialchange.platform.bot.initiatives;

import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.initiatives.InitiativeFilter;

import org.springframework.stereotype.Component;

/**
 * {@code /find [words]}: other educators' local initiatives, newest activity first, with
 * the words given, if any; then filters by topic, country and stage.
 */
@Component
class FindCommand implements CommandHandler {

	private final InitiativeViews views;

	private final Replies replies;

	FindCommand(InitiativeViews views, Replies replies) {
		this.views = views;
		this.replies = replies;
	}

	@Override
	public String command() {
		return "find";
	}

	@Override
	public int order() {
		return 17;
	}

	@Override
	public boolean needsRegistration() {
		return true;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		Educator educator = incoming.educator().orElseThrow();
		if (!educator.isMember()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.hub.pending"));
			return;
		}
		String words = (argument != null && !argument.isBlank()) ? argument.strip() : null;
		if (words != null && words.length() > 200) {
			words = words.substring(0, 200);
		}
		View view = this.views.find(incoming, educator,
				InitiativeButton.find(0, new InitiativeFilter(words, null, null, null)));
		this.replies.send(incoming.chat(), view.html(), view.keyboard());
	}

}
