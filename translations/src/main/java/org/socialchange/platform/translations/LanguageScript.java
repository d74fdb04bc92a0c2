package org.socialchange.platform.translations;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters each language is written in, and the words that may stand in any language.
 *
 * <p>
 * The rule: every letter of the literal text (see {@link LiteralText}: ICU argument names
 * and syntax are not part of it) belongs to the language's alphabet: en the Latin a–z, az
 * the Latin a–z with ə ğ ı ö ü ç ş, ru the Russian Cyrillic alphabet а–я and ё, tg the
 * same with ӣ ӯ ҳ қ ғ ҷ, hy the Armenian script, ka Georgian Mkhedruli (U+10D0–U+10FF).
 * Digits, punctuation, symbols and emoji are not letters and always pass, as do letters
 * common to all scripts (such as the modifier apostrophe) and combining marks (such as a
 * stress accent). Not checked: HTML tags and entities, URLs ({@code https://…}), bot
 * commands ({@code /start}), mentions ({@code @name}) and the words of
 * {@link #ANY_LANGUAGE}. A word mixing Latin and Cyrillic letters in ru or tg is reported
 * as a Latin look-alike (an {@code a} or {@code o} typed on the wrong keyboard).
 */
enum LanguageScript {

	LATIN("Latin", "a-zA-Z"), AZERBAIJANI_LATIN("Azerbaijani Latin", "a-zA-ZəƏğĞıİöÖüÜçÇşŞ"),
	RUSSIAN_CYRILLIC("Russian Cyrillic", "а-яА-ЯёЁ"), TAJIK_CYRILLIC("Tajik Cyrillic", "а-яА-ЯёЁӣӢӯӮҳҲқҚғҒҷҶ"),
	ARMENIAN("Armenian", "\\p{IsArmenian}"), GEORGIAN_MKHEDRULI("Georgian Mkhedruli", "\\x{10D0}-\\x{10FF}");

	/** Latin proper names and terms that may appear in any language, as whole words. */
	static final Set<String> ANY_LANGUAGE = Set.of("Telegram", "ID");

	private static final Pattern NOT_WORDS = Pattern
		.compile("<[^<>]*>|&#?[A-Za-z0-9]+;|(?:https?://|www\\.)\\S+|(?<![\\p{L}\\p{N}])[/@][A-Za-z0-9_]+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

	private final String description;

	private final Pattern letter;

	LanguageScript(String description, String letters) {
		this.description = description;
		this.letter = Pattern.compile("[" + letters + "]");
	}

	static LanguageScript of(Language language) {
		return switch (language) {
			case EN -> LATIN;
			case AZ -> AZERBAIJANI_LATIN;
			case RU -> RUSSIAN_CYRILLIC;
			case TG -> TAJIK_CYRILLIC;
			case HY -> ARMENIAN;
			case KA -> GEORGIAN_MKHEDRULI;
		};
	}

	/** One line per word of the text with a letter outside this script. */
	List<String> problems(String text) {
		List<String> problems = new ArrayList<>();
		Matcher word = WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
		while (word.find()) {
			String found = word.group();
			if (!ANY_LANGUAGE.contains(found)) {
				stranger(found).ifPresent((letter) -> problems.add(describe(found, letter)));
			}
		}
		return problems;
	}

	private Optional<Integer> stranger(String word) {
		return word.codePoints().filter((c) -> !fits(c)).boxed().findFirst();
	}

	private boolean fits(int c) {
		if (!Character.isLetter(c)) {
			return true;
		}
		UnicodeScript script = UnicodeScript.of(c);
		return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED
				|| this.letter.matcher(Character.toString(c)).matches();
	}

	private String describe(String word, int letter) {
		UnicodeScript script = UnicodeScript.of(letter);
		String shown = "'" + Character.toString(letter) + "' (U+" + String.format("%04X", letter) + ")";
		boolean cyrillicWord = this == RUSSIAN_CYRILLIC || this == TAJIK_CYRILLIC;
		if (cyrillicWord && script == UnicodeScript.LATIN
				&& word.codePoints().anyMatch((c) -> UnicodeScript.of(c) == UnicodeScript.CYRILLIC)) {
			return "Latin look-alike " + shown + " inside the Cyrillic word «" + word + "»";
		}
		if (this == AZERBAIJANI_LATIN && script == UnicodeScript.CYRILLIC) {
			return "Cyrillic letter " + shown + " in the Azerbaijani word «" + word + "»";
		}
		return "letter " + shown + " outside the " + this.description + " alphabet in «" + word + "»";
	}

}
