package org.socialchange.platform.bot.initiatives;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.initiatives.InitiativeUpdate;
import org.socialchange.platform.initiatives.UpdateFile;
import org.socialchange.platform.initiatives.UpdateView;

import org.springframework.stereotype.Component;

/**
 * Shows an update in a chat: its photos (one, or an album) or document again from their
 * Telegram file ids, with its text as their caption, then its card with the heading and
 * buttons (and the text, when it has no files or they could not be shown). A text too
 * long for one message with its heading goes first, in parts cut at line breaks or
 * spaces.
 */
@Component
class UpdateCards {

	private static final Logger log = LoggerFactory.getLogger(UpdateCards.class);

	/** Telegram's limit for a message's text. */
	static final int MAX_MESSAGE = 4096;

	/** Telegram's limit for a caption. */
	static final int MAX_CAPTION = 1024;

	private final InitiativeViews views;

	private final Replies replies;

	UpdateCards(InitiativeViews views, Replies replies) {
		this.views = views;
		this.replies = replies;
	}

	void show(Incoming incoming, UpdateView view) {
		InitiativeUpdate update = view.update();
		List<String> photos = update.files()
			.stream()
			.filter((file) -> file.kind() == UpdateFile.Kind.PHOTO)
			.map(UpdateFile::fileId)
			.toList();
		String document = update.files()
			.stream()
			.filter((file) -> file.kind() == UpdateFile.Kind.DOCUMENT)
			.map(UpdateFile::fileId)
			.findFirst()
			.orElse(null);
		boolean captioned = false;
		if (!update.files().isEmpty()) {
			String caption = update.text()
				.map(Html::escape)
				.filter((escaped) -> escaped.length() <= MAX_CAPTION)
				.orElse(null);
			try {
				this.replies.sendFiles(incoming.chat(), photos, document, caption);
				captioned = caption != null;
			}
			catch (Replies.TelegramFailure ex) {
				log.warn("Could not show the files of update {}: {}", update.id(), ex.getMessage());
			}
		}
		View card = this.views.update(incoming, view, !captioned);
		if (card.html().length() > MAX_MESSAGE) {
			for (String part : parts(Html.escape(update.text().orElse("")), MAX_MESSAGE - 100)) {
				this.replies.send(incoming.chat(), part);
			}
			card = this.views.update(incoming, view, false);
		}
		this.replies.send(incoming.chat(), card.html(), card.keyboard());
	}

	/**
	 * Escaped text in parts of at most {@code max} characters, cut at a line break or
	 * space.
	 */
	static List<String> parts(String escaped, int max) {
		List<String> parts = new ArrayList<>();
		String rest = escaped;
		while (rest.length() > max) {
			int cut = Math.max(rest.lastIndexOf('\n', max), rest.lastIndexOf(' ', max));
			if (cut < max / 2) {
				cut = max;
			}
			int amp = rest.lastIndexOf('&', cut);
			if (amp >= 0 && rest.indexOf(';', amp) >= cut) {
				cut = amp;
			}
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			parts.add(rest);
		}
		return parts;
	}

}
