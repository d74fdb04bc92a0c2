package org.socialchange.platform.bot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

/**
 * Names of things in the reader's language: countries and time zones from CLDR (ICU),
 * roles, topics, networks and visibility from the catalogue.
 */
@Component
public class Labels {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private final Messages messages;

	Labels(Messages messages) {
		this.messages = messages;
	}

	public String of(Language language, Enum<?> value) {
		String prefix = value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT);
		return this.messages.format(language, prefix + "." + value.name());
	}

	public String country(Language language, Country country) {
		if (country == Country.OTHER) {
			return this.messages.format(language, "registration.country.other");
		}
		return new ULocale("", country.name()).getDisplayCountry(language.locale());
	}

	/** The educator's country, or the one they typed for "other". */
	public String country(Language language, Educator educator) {
		return educator.country()
			.map((country) -> (country == Country.OTHER) ? educator.countryOther().orElse(country(language, country))
					: country(language, country))
			.orElse(notGiven(language));
	}

	/** A zone as its city in the reader's language and its current local time. */
	public String zone(Language language, ZoneId zone, Instant now) {
		String city = TimeZoneNames.getInstance(language.locale()).getExemplarLocationName(zone.getId());
		if (city == null || city.isBlank()) {
			city = zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ');
		}
		return city + " — " + CLOCK.format(now.atZone(zone));
	}

	public String list(Language language, List<? extends Enum<?>> values) {
		if (values.isEmpty()) {
			return notGiven(language);
		}
		return values.stream().map((value) -> of(language, value)).collect(Collectors.joining(", "));
	}

	public String notGiven(Language language) {
		return this.messages.format(language, "profile.notGiven", Map.of());
	}

}
