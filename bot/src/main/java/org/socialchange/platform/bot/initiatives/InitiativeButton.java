package org.socialchange.platform.bot.initiatives;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.initiatives.InitiativeFilter;
import org.socialchange.platform.initiatives.Stage;

/**
 * A button of the initiatives feature: what it does, on which initiative, update or reply
 * ({@code id}), and for lists the page and filter, words included as far as they fit
 * Telegram's 64 bytes.
 */
record InitiativeButton(Action action, long id, int page, Topic topic, Country country, Stage stage,
		String words) implements ButtonData {

	static final ButtonType<InitiativeButton> TYPE = ButtonType.of("in", InitiativeButton::decode);

	enum Action {

		HUB, NEW, CARD, UPDATES, POST, EDIT, ARCHIVE, UNARCHIVE, FOLLOW, UNFOLLOW, FOLLOWING, SETTINGS, TOGGLE_DIGESTS,
		TOGGLE_PARTNERS, FIND, TOPICS, COUNTRIES, STAGES, WORDS, USEFUL, REPLY, REPORT, REPORT_REASON, EDIT_TEXT,
		DELETE, DELETE_YES, ANSWER, EXCHANGE

	}

	static InitiativeButton on(Action action, long id) {
		return new InitiativeButton(action, id, 0, null, null, null, null);
	}

	static InitiativeButton on(Action action, long id, int page) {
		return new InitiativeButton(action, id, page, null, null, null, null);
	}

	static InitiativeButton find(int page, InitiativeFilter filter) {
		return new InitiativeButton(Action.FIND, 0, page, filter.topic(), filter.country(), filter.stage(),
				filter.keywords());
	}

	InitiativeButton with(Action other) {
		return new InitiativeButton(other, this.id, this.page, this.topic, this.country, this.stage, this.words);
	}

	InitiativeFilter filter() {
		return new InitiativeFilter(this.words, this.topic, this.country, this.stage);
	}

	@Override
	public String encode() {
		String head = TYPE.prefix() + ":" + this.action.ordinal() + ":" + this.id + ":" + this.page + ":"
				+ ((this.topic != null) ? this.topic.ordinal() : "") + ":"
				+ ((this.country != null) ? this.country.name() : "") + ":"
				+ ((this.stage != null) ? this.stage.ordinal() : "") + ":";
		return TYPE.encode(head.substring(TYPE.prefix().length() + 1) + fit(head, this.words));
	}

	/** As many whole words as fit the 64 bytes after the head. */
	private static String fit(String head, String words) {
		if (words == null || words.isBlank()) {
			return "";
		}
		int room = ButtonType.MAX_BYTES - head.getBytes(StandardCharsets.UTF_8).length;
		StringBuilder fitted = new StringBuilder();
		for (String word : words.strip().split("\\s+")) {
			String next = (fitted.length() == 0) ? word : fitted + " " + word;
			if (next.getBytes(StandardCharsets.UTF_8).length > room) {
				break;
			}
			fitted = new StringBuilder(next);
		}
		return fitted.toString();
	}

	static Optional<InitiativeButton> decode(String value) {
		String[] parts = value.split(":", 7);
		if (parts.length != 7) {
			return Optional.empty();
		}
		try {
			Action[] actions = Action.values();
			int action = Integer.parseInt(parts[0]);
			if (action < 0 || action >= actions.length) {
				return Optional.empty();
			}
			Topic topic = parts[3].isEmpty() ? null : Topic.values()[Integer.parseInt(parts[3])];
			Country country = parts[4].isEmpty() ? null : Country.valueOf(parts[4]);
			Stage stage = parts[5].isEmpty() ? null : Stage.values()[Integer.parseInt(parts[5])];
			return Optional.of(new InitiativeButton(actions[action], Long.parseLong(parts[1]),
					Math.max(0, Integer.parseInt(parts[2])), topic, country, stage,
					parts[6].isEmpty() ? null : parts[6]));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

}
