package org.socialchange.platform.translations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;

/**
 * Formats catalogue messages with ICU4J: plural rules of each locale, and dates and times
 * in the reader's own time zone.
 */
public class Messages {

	private final Catalogue catalogue;

	public Messages(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	public String format(Language language, String key) {
		return format(language, key, Map.of(), ZoneId.of("UTC"));
	}

	public String format(Language language, String key, Map<String, ?> arguments) {
		return format(language, key, arguments, ZoneId.of("UTC"));
	}

	/**
	 * Formats one message; {@code java.time.Instant} arguments become dates shown in the
	 * given zone.
	 */
	public String format(Language language, String key, Map<String, ?> arguments, ZoneId zone) {
		MessageFormat format = new MessageFormat(this.catalogue.pattern(language, key), language.locale());
		Map<String, Object> icuArguments = new HashMap<>();
		arguments.forEach((name, value) -> icuArguments.put(name, toIcu(value, language, zone)));
		return format.format(icuArguments);
	}

	/** ICU date formats take the zone of a {@link Calendar} argument, at any depth. */
	private static Object toIcu(Object value, Language language, ZoneId zone) {
		if (value instanceof Instant instant) {
			Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone(zone.getId()), language.locale());
			calendar.setTimeInMillis(instant.toEpochMilli());
			return calendar;
		}
		return value;
	}

	public Catalogue catalogue() {
		return this.catalogue;
	}

}
