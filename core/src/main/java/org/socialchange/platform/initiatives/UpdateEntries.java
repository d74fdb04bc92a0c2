package org.socialchange.platform.initiatives;

import java.util.Map;

import org.socialchange.platform.identity.BotUsername;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An update as an entry of a digest or a follower's notice: the initiative's title, the
 * author when given, an excerpt, what it carries, and a link that opens it in the bot.
 */
@Component
class UpdateEntries {

	private final InitiativeStore store;

	private final Messages messages;

	private final ObjectProvider<BotUsername> bot;

	UpdateEntries(InitiativeStore store, Messages messages, ObjectProvider<BotUsername> bot) {
		this.store = store;
		this.messages = messages;
		this.bot = bot;
	}

	String entry(Language language, long updateId, String title, String author, int excerptLength) {
		InitiativeUpdate update = this.store.findUpdate(updateId).orElseThrow();
		StringBuilder entry = new StringBuilder("<b>").append(Digests.escape(title)).append("</b>");
		if (author != null) {
			entry.append(" — ").append(Digests.escape(author));
		}
		String excerpt = update.excerpt(excerptLength);
		if (!excerpt.isEmpty()) {
			entry.append("\n").append(Digests.escape(excerpt));
		}
		if (update.mediaKind() != MediaKind.NONE) {
			entry.append("\n")
				.append(this.messages.format(language,
						(update.mediaKind() == MediaKind.PHOTOS) ? "follow.notice.photos" : "follow.notice.document",
						Map.of("count", update.files().size())));
		}
		UpdateLinks.startLink(this.bot, UpdateLinks.payload(update.id()))
			.ifPresent((link) -> entry.append("\n<a href=\"")
				.append(link)
				.append("\">")
				.append(this.messages.format(language, "follow.notice.read"))
				.append("</a>"));
		return entry.toString();
	}

}
