package org.socialchange.platform.translations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;

/**
 * Picks the platform language closest to a language tag a client reports (Telegram's
 * {@code language_code}): CLDR matching through ICU's {@link LocaleMatcher}, with Russian
 * as the second choice for speakers of the region's languages we do not have yet.
 */
public final class LanguageMatching {

	/**
	 * Languages of the region whose speakers usually read Russian better than English.
	 */
	private static final Set<String> RUSSIAN_AS_SECOND = Set.of("uz", "kk", "ky", "tk", "be", "tt", "ba", "cv", "sah",
			"ce", "os", "ab", "mo", "lez", "av", "tyv", "udm", "mhr", "kv", "bua", "xal", "inh", "kbd");

	private static final LocaleMatcher MATCHER = LocaleMatcher.builder()
		.setSupportedULocales(Arrays.stream(Language.values()).map(Language::locale).toList())
		.setDefaultULocale(Language.EN.locale())
		.build();

	private LanguageMatching() {
	}

	/**
	 * The best platform language for an IETF language tag; English when the tag is empty
	 * or unknown.
	 */
	public static Language match(String languageTag) {
		if (languageTag == null || languageTag.isBlank()) {
			return Language.EN;
		}
		ULocale desired = ULocale.forLanguageTag(languageTag.trim().replace('_', '-'));
		String language = desired.getLanguage().toLowerCase(Locale.ROOT);
		String priorities = RUSSIAN_AS_SECOND.contains(language) ? desired.toLanguageTag() + ",ru"
				: desired.toLanguageTag();
		ULocale best = MATCHER.getBestMatch(LocalePriorityList.add(priorities).build());
		return Language.fromCode(best.getLanguage()).orElse(Language.EN);
	}

}
