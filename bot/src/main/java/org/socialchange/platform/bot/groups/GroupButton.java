package org.socialchange.platform.bot.groups;

import java.util.Optional;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Topic;

/**
 * A press in {@code /groups}: what to show or do ({@link Action}), for which group, and
 * the page and filter of the list to come back to, e.g.
 * {@code grp:l:2:CIVIC_EDUCATION:GE} or {@code grp:j:17}.
 *
 * @param action what the button does
 * @param groupId the group, 0 for list actions
 * @param page the page of the list
 * @param topic the topic filter, {@code null} for any
 * @param place a country code, {@value #INTERNATIONAL}, or {@code null} for any place
 */
record GroupButton(Action action, long groupId, int page, Topic topic, String place) implements ButtonData {

	static final String INTERNATIONAL = "INT";

	static final String ANY = "-";

	static final ButtonType<GroupButton> TYPE = ButtonType.of("grp", GroupButton::decode);

	enum Action {

		/** The list of groups to join: page, topic, place. */
		LIST("l"),

		/** Choose the topic filter. */
		TOPICS("t"),

		/** Choose the place filter. */
		PLACES("p"),

		/** The educator's own groups and requests. */
		MINE("my"),

		/** One group's card. */
		VIEW("v"),

		/** Join, or ask to join. */
		JOIN("j"),

		/** Ask before leaving (or withdrawing a request). */
		LEAVE("x"),

		/** Leave, confirmed. */
		LEAVE_CONFIRMED("X"),

		/** The members. */
		MEMBERS("m"),

		/** A facilitator's code to link a group chat. */
		CHAT_CODE("c");

		final String code;

		Action(String code) {
			this.code = code;
		}

		static Optional<Action> of(String code) {
			for (Action action : values()) {
				if (action.code.equals(code)) {
					return Optional.of(action);
				}
			}
			return Optional.empty();
		}

	}

	static GroupButton list(int page, Topic topic, String place) {
		return new GroupButton(Action.LIST, 0, page, topic, place);
	}

	static GroupButton on(Action action, long groupId) {
		return new GroupButton(action, groupId, 0, null, null);
	}

	@Override
	public String encode() {
		return switch (this.action) {
			case LIST, TOPICS, PLACES -> TYPE.encode(this.action.code, Integer.toString(this.page),
					(this.topic != null) ? this.topic.name() : ANY, (this.place != null) ? this.place : ANY);
			case MINE -> TYPE.encode(this.action.code);
			default -> TYPE.encode(this.action.code, Long.toString(this.groupId));
		};
	}

	/** The country of the place filter, if it names one. */
	Optional<Country> country() {
		if (this.place == null || INTERNATIONAL.equals(this.place)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Country.valueOf(this.place));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	boolean international() {
		return INTERNATIONAL.equals(this.place);
	}

	private static Optional<GroupButton> decode(String value) {
		String[] parts = value.split(":", -1);
		Optional<Action> action = Action.of(parts[0]);
		if (action.isEmpty()) {
			return Optional.empty();
		}
		try {
			return switch (action.get()) {
				case LIST, TOPICS,
						PLACES ->
					(parts.length == 4)
							? Optional.of(new GroupButton(action.get(), 0, Math.max(0, Integer.parseInt(parts[1])),
									ANY.equals(parts[2]) ? null : Topic.valueOf(parts[2]), place(parts[3])))
							: Optional.empty();
				case MINE -> (parts.length == 1) ? Optional.of(new GroupButton(Action.MINE, 0, 0, null, null))
						: Optional.empty();
				default ->
					(parts.length == 2) ? Optional.of(on(action.get(), Long.parseLong(parts[1]))) : Optional.empty();
			};
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String place(String value) {
		if (ANY.equals(value)) {
			return null;
		}
		if (INTERNATIONAL.equals(value)) {
			return value;
		}
		return Country.valueOf(value).name();
	}

}
