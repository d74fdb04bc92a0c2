package org.socialchange.platform.bot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson 2 mapper for TelegramBots' types, kept out of Spring's Jackson 3. */
public final class TelegramJson {

	public static final ObjectMapper MAPPER = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private TelegramJson() {
	}

}
