package org.socialchange.platform.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A group's name and description in one language.
 *
 * @param name at most 100 characters
 * @param description at most 1000 characters, may be empty
 */
@Embeddable
public record GroupText(@Column(nullable = false) String name, String description) {

	public static final int NAME_LIMIT = 100;

	public static final int DESCRIPTION_LIMIT = 1000;

	public GroupText {
		name = (name != null) ? name.strip() : "";
		description = (description != null && !description.isBlank()) ? description.strip() : null;
		if (name.isEmpty() || name.length() > NAME_LIMIT) {
			throw new IllegalArgumentException("A group name has 1 to " + NAME_LIMIT + " characters");
		}
		if (description != null && description.length() > DESCRIPTION_LIMIT) {
			throw new IllegalArgumentException("A group description has at most " + DESCRIPTION_LIMIT + " characters");
		}
	}

}
