package org.socialchange.platform.initiatives;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes searchable words, the same for what is stored and what is asked: lower
 * case, letters and digits only, whatever the database's locale. A word asked for also
 * matches the words that begin with its stem: PostgreSQL's Russian, Armenian and English
 * stemmers give theirs (in {@link InitiativeSearch}); for Georgian, Azerbaijani and
 * Tajik, which PostgreSQL has no stemmer for, the common case and plural endings are
 * taken off here, so «სკოლებში» finds «სკოლა», «məktəblərdə» finds «məktəb» and
 * «мактабҳо» finds «мактаб».
 */
final class SearchWords {

	/** Words shorter than this match only whole. */
	static final int MIN_PREFIX = 3;

	/** A query uses at most this many words. */
	static final int MAX_WORDS = 8;

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	// longest first, so the longest ending is taken off
	private static final List<String> GEORGIAN = byLength("ებისთვის", "ისთვის", "ებში", "ებზე", "ებით", "ების", "ებმა",
			"ებს", "ები", "ში", "ზე", "ით", "ის", "ად", "მა", "თან", "ს", "ი", "ა", "ო", "ე");

	private static final List<String> AZERBAIJANI = byLength("lərindən", "larından", "lərində", "larında", "lərdən",
			"lardan", "lərdə", "larda", "lərin", "ların", "ləri", "ları", "lərə", "lara", "lər", "lar", "ından",
			"indən", "ında", "ində", "nın", "nin", "nun", "nün", "dən", "dan", "də", "da", "ın", "in", "un", "ün", "ya",
			"yə", "na", "nə", "a", "ə", "ı", "i", "u", "ü");

	private static final List<String> TAJIK = byLength("ҳоятон", "ҳояшон", "ҳоямон", "ҳоро", "ҳои", "ҳоям", "ҳо", "ҳое",
			"онро", "они", "он", "ро", "ам", "ат", "аш", "ӣ", "и", "е");

	// the Armenian stemmer leaves plural case forms such as «դպրոցներից» as they are
	private static final List<String> ARMENIAN = byLength("ներից", "ներում", "ներով", "ների", "ներին", "ները", "ներն",
			"ներ", "երից", "երում", "երի", "եր", "ից", "ում", "ով", "ին", "ը", "ն", "ի");

	/** A Russian fleeting vowel before the last consonant: подросток, подростка. */
	private static final Pattern FLEETING_VOWEL = Pattern.compile("^(\\p{IsCyrillic}{4,})[оеё]([кцнлр])ь?$");

	private SearchWords() {
	}

	/** The searchable form of a text: its words in lower case, separated by spaces. */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return NOT_A_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** The words of a query, at most {@value #MAX_WORDS}, each once. */
	static List<String> words(String query) {
		String normalized = normalize(query);
		if (normalized.isEmpty()) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>(List.of(normalized.split(" ")));
		return words.stream().limit(MAX_WORDS).toList();
	}

	/**
	 * The forms a word is looked for in, as {@code tsquery} operands: the word itself (by
	 * prefix when long enough) and the stem of the languages PostgreSQL cannot stem.
	 */
	static List<String> forms(String word) {
		List<String> forms = new ArrayList<>();
		forms.add(operand(word));
		String stem = strip(word);
		if (!stem.equals(word)) {
			forms.add(operand(stem));
		}
		java.util.regex.Matcher fleeting = FLEETING_VOWEL.matcher(word);
		if (fleeting.matches()) {
			forms.add(operand(fleeting.group(1) + fleeting.group(2)));
		}
		return forms;
	}

	/** The word as a tsquery operand; by prefix when it is long enough. */
	static String operand(String word) {
		return (word.codePointCount(0, word.length()) >= MIN_PREFIX) ? word + ":*" : word;
	}

	/** The word without the longest ending its script's language commonly adds. */
	static String strip(String word) {
		List<String> endings = endings(word);
		for (String ending : endings) {
			if (word.endsWith(ending)) {
				String stem = word.substring(0, word.length() - ending.length());
				if (stem.codePointCount(0, stem.length()) >= MIN_PREFIX) {
					return stem;
				}
			}
		}
		return word;
	}

	private static List<String> endings(String word) {
		int first = word.codePointAt(0);
		Character.UnicodeScript script = Character.UnicodeScript.of(first);
		return switch (script) {
			case GEORGIAN -> GEORGIAN;
			case CYRILLIC -> TAJIK;
			case LATIN -> AZERBAIJANI;
			case ARMENIAN -> ARMENIAN;
			default -> List.of();
		};
	}

	private static List<String> byLength(String... endings) {
		List<String> sorted = new ArrayList<>(List.of(endings));
		sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
		return List.copyOf(sorted);
	}

}
