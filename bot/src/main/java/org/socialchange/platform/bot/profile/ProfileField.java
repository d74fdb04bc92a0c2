package org.socialchange.platform.bot.profile;

import java.util.Arrays;
import java.util.Optional;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.registration.Question;

/** A field of the profile to edit, pressed under the profile: {@code prof:<FIELD>}. */
record ProfileField(Field field) implements ButtonData {

	static final ButtonType<ProfileField> TYPE = ButtonType.of("prof",
			(value) -> Arrays.stream(Field.values())
				.filter((field) -> field.name().equals(value))
				.findFirst()
				.map(ProfileField::new));

	@Override
	public String encode() {
		return TYPE.encode(this.field.name());
	}

	/** The editable fields, in the order of their buttons. */
	enum Field {

		NAME, COUNTRY, REGION, ROLE, TOPICS, TIME_ZONE, NETWORK, VISIBILITY, LANGUAGE;

		/**
		 * The registration question that edits the field; empty for those with their own.
		 */
		Optional<Question> question() {
			return (this == VISIBILITY || this == LANGUAGE) ? Optional.empty() : Question.named(name());
		}

	}

}
