package org.socialchange.platform.bot.registration;

import java.util.Optional;

/** The registration questions, in the order they are asked. */
public enum Question {

	LANGUAGE, PRIVACY, NAME, COUNTRY, COUNTRY_OTHER, REGION, ROLE, TOPICS, TIME_ZONE, NETWORK;

	/** The question a stored step names; empty for anything else. */
	public static Optional<Question> named(String name) {
		for (Question question : values()) {
			if (question.name().equals(name)) {
				return Optional.of(question);
			}
		}
		return Optional.empty();
	}

}
