package org.socialchange.platform.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An update an educator posted on one of their initiatives: its text (may be empty when
 * photos or a document say it all), its files, when, and whether a coordinator hid it.
 */
public record InitiativeUpdate(long id, long initiativeId, long authorId, Optional<String> text, MediaKind mediaKind,
		List<UpdateFile> files, Instant createdAt, Optional<Instant> editedAt, Optional<String> hiddenReason) {

	public InitiativeUpdate {
		files = List.copyOf(files);
	}

	public boolean hidden() {
		return this.hiddenReason.isPresent();
	}

	/**
	 * The first characters of the text, cut at a word, for lists, digests and notices.
	 */
	public String excerpt(int max) {
		String text = this.text.orElse("").replace('\n', ' ').strip();
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		int end = text.offsetByCodePoints(0, max);
		int space = text.lastIndexOf(' ', end);
		return text.substring(0, (space > max / 2) ? space : end).strip() + "…";
	}

}
