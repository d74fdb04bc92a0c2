package org.socialchange.platform.translations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.PluralRules.PluralType;

/**
 * Checks every catalogue against English: the same keys, messages that parse, the same
 * argument names and types, and every plural category each locale's CLDR rules require.
 */
public final class CatalogueValidator {

	private CatalogueValidator() {
	}

	/** The defects found, one readable line each; empty when the catalogue is sound. */
	public static List<String> validate(Catalogue catalogue) {
		List<String> problems = new ArrayList<>();
		Map<String, String> source = catalogue.patterns().getOrDefault(Language.EN, Map.of());
		for (Language language : Language.values()) {
			Map<String, String> messages = catalogue.patterns().get(language);
			if (messages == null) {
				problems.add(language.code() + ": catalogue missing");
				continue;
			}
			for (String key : source.keySet()) {
				if (!messages.containsKey(key)) {
					problems.add(language.code() + ": missing key " + key);
				}
			}
			for (var entry : messages.entrySet()) {
				String key = entry.getKey();
				if (!source.containsKey(key)) {
					problems.add(language.code() + ": extra key " + key);
					continue;
				}
				checkMessage(language, key, entry.getValue(), source.get(key), problems);
			}
		}
		return problems;
	}

	private static void checkMessage(Language language, String key, String pattern, String english,
			List<String> problems) {
		String where = language.code() + ": " + key + ": ";
		MessagePattern parsed;
		try {
			parsed = new MessagePattern(pattern);
		}
		catch (IllegalArgumentException ex) {
			problems.add(where + "does not parse: " + ex.getMessage());
			return;
		}
		if (language != Language.EN) {
			Map<String, String> expected = arguments(new MessagePattern(english));
			Map<String, String> actual = arguments(parsed);
			if (!expected.equals(actual)) {
				problems.add(where + "arguments " + actual + " differ from English " + expected);
			}
		}
		checkPlurals(language, parsed, where, problems);
	}

	/** Argument name to type ({@code plural}, {@code date/long}, ...), at every depth. */
	static Map<String, String> arguments(MessagePattern pattern) {
		Map<String, String> arguments = new TreeMap<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			Part part = pattern.getPart(i);
			if (part.getType() != Part.Type.ARG_START) {
				continue;
			}
			String name = pattern.getSubstring(pattern.getPart(i + 1));
			String type = part.getArgType().name().toLowerCase();
			if (part.getArgType() == ArgType.SIMPLE) {
				type = pattern.getSubstring(pattern.getPart(i + 2));
			}
			arguments.merge(name, type, (a, b) -> a.equals(b) ? a : a + "|" + b);
		}
		return arguments;
	}

	private static void checkPlurals(Language language, MessagePattern pattern, String where, List<String> problems) {
		for (int i = 0; i < pattern.countParts(); i++) {
			Part part = pattern.getPart(i);
			if (part.getType() != Part.Type.ARG_START || !part.getArgType().hasPluralStyle()) {
				continue;
			}
			PluralType pluralType = (part.getArgType() == ArgType.PLURAL) ? PluralType.CARDINAL : PluralType.ORDINAL;
			Set<String> required = PluralRules.forLocale(language.locale(), pluralType).getKeywords();
			Set<String> present = new TreeSet<>();
			int limit = pattern.getLimitPartIndex(i);
			for (int j = i + 2; j < limit; j++) {
				Part selector = pattern.getPart(j);
				if (selector.getType() == Part.Type.ARG_SELECTOR) {
					present.add(pattern.getSubstring(selector));
					if (pattern.getPart(j + 1).getType().hasNumericValue()) {
						j++;
					}
					j = pattern.getLimitPartIndex(j + 1);
				}
			}
			Set<String> missing = new TreeSet<>(required);
			missing.removeAll(present);
			if (!missing.isEmpty()) {
				String argument = pattern.getSubstring(pattern.getPart(i + 1));
				problems.add(where + part.getArgType().name().toLowerCase() + " {" + argument
						+ "} lacks the categories " + missing + " that " + language.code() + " requires");
			}
		}
	}

}
