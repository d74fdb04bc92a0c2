package org.socialchange.platform.initiatives;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages made of items (updates, members): HTML escaping, and splitting at item
 * boundaries so that every message stays under Telegram's 4096 characters.
 */
final class Digests {

	/** Telegram's limit for a message's text, with room to spare for the tags. */
	static final int MAX_MESSAGE = 4000;

	private Digests() {
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/**
	 * The heading and items as messages: as many items in each as fit, the heading on the
	 * first; an item too long on its own is cut.
	 */
	static List<String> split(String heading, List<String> items) {
		List<String> messages = new ArrayList<>();
		StringBuilder current = new StringBuilder(heading);
		for (String item : items) {
			String piece = (item.length() > MAX_MESSAGE - 2) ? item.substring(0, MAX_MESSAGE - 3) + "…" : item;
			if (current.length() + 2 + piece.length() > MAX_MESSAGE && current.length() > 0) {
				messages.add(current.toString());
				current = new StringBuilder();
			}
			if (current.length() > 0) {
				current.append("\n\n");
			}
			current.append(piece);
		}
		if (current.length() > 0) {
			messages.add(current.toString());
		}
		return messages;
	}

}
