package org.socialchange.platform.bot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * The one Jackson 2 mapper for TelegramBots' types, kept out of Spring's Jackson 3. Its
 * properties are read and written through generated accessors (Jackson's Blackbird), not
 * through reflection: on Java 17 reflection is slow for a method's first fifteen calls
 * and then generates an accessor class per getter and setter at once, which every update
 * and reply pays for early on, in the middle of whatever runs then.
 */
public final class TelegramJson {

	public static final ObjectMapper MAPPER = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
		.registerModule(new BlackbirdModule());

	private TelegramJson() {
	}

}
