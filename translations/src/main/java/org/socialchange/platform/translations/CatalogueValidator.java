package org.socialchange.platform.translations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * Checks every catalogue against English and against what a language review would check
 * by hand. Each problem is one readable line naming the language and the key.
 *
 * <p>
 * Structure (also checked when the application starts, see {@link #defects}):
 * <ul>
 * <li>the same keys as English; messages ICU can parse; the same argument names and
 * types;</li>
 * <li>no empty or blank message;</li>
 * <li>every plural category the locale's CLDR rules require;</li>
 * <li>HTML that Telegram's {@code parse_mode=HTML} accepts, in the literal text of the
 * message (see {@link TelegramHtml}; ICU inserts argument values escaped, so only the
 * text the translator wrote is looked at).</li>
 * </ul>
 * Review (checked by the build):
 * <ul>
 * <li>no plural category the locale does not have (a {@code few} in tg or hy is never
 * chosen);</li>
 * <li>the number in every plural branch: a branch selected by a category ({@code one},
 * {@code few}, {@code many}, {@code other}, ...) contains {@code #} or the argument
 * itself, unless the locale's category holds exactly one number (the {@code one} of en,
 * ka and az is 1 only, so "one member" may spell it out; the {@code one} of ru also
 * covers 21, 31, ..., and that of hy 0 and 1, so they need {@code #}). Explicit values
 * ({@code =0}, {@code =1}) name their number and may always omit it;</li>
 * <li>command descriptions ({@code command.*}): at most {@value #COMMAND_LIMIT}
 * characters, starting in lower case, no trailing full stop;</li>
 * <li>short notices ({@link #NOTICE_KEYS}, shown by Telegram as a toast): at most
 * {@value #NOTICE_LIMIT} characters of literal text;</li>
 * <li>letters in the language's script only, see {@link LanguageScript};</li>
 * <li>the language's own double quotation marks ({@link #quotationMarks}): “…” in en, „…“
 * in ka, «…» in ru, hy, az and tg;</li>
 * <li>no known wrong variant of a glossary term, see {@link WrongVariant}.</li>
 * </ul>
 */
public final class CatalogueValidator {

	/** Telegram shows a command menu entry in one line; longer ones are cut. */
	static final int COMMAND_LIMIT = 60;

	/** Telegram's limit for the text of an answer to a button press. */
	static final int NOTICE_LIMIT = 200;

	/**
	 * The messages sent as answers to button presses, which Telegram shows as a toast.
	 */
	static final Set<String> NOTICE_KEYS = Set.of("callback.stale", "registration.topics.noneChosen", "profile.saved",
			"training.closed", "training.paused", "training.resumed", "training.next.sent", "training.next.none",
			"training.joined", "training.gone");

	private CatalogueValidator() {
	}

	/** All defects, structural and review; empty when the catalogue is sound. */
	public static List<String> validate(Catalogue catalogue) {
		return validate(catalogue, WrongVariant.load());
	}

	/** All defects, with the given list of wrong glossary variants. */
	static List<String> validate(Catalogue catalogue, List<WrongVariant> wrongVariants) {
		return check(catalogue, wrongVariants, true);
	}

	/**
	 * The structural defects only: those that break a message when it is sent. Checked
	 * when the application starts; questions of wording fail the build instead.
	 */
	public static List<String> defects(Catalogue catalogue) {
		return check(catalogue, List.of(), false);
	}

	private static List<String> check(Catalogue catalogue, List<WrongVariant> wrongVariants, boolean review) {
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
			List<WrongVariant> wrong = wrongVariants.stream().filter((v) -> v.language() == language).toList();
			for (var entry : messages.entrySet()) {
				String key = entry.getKey();
				if (!source.containsKey(key)) {
					problems.add(language.code() + ": extra key " + key);
					continue;
				}
				Set<String> found = new LinkedHashSet<>();
				checkMessage(language, key, entry.getValue(), source.get(key), review ? wrong : null, found);
				found.forEach((problem) -> problems.add(language.code() + ": " + key + ": " + problem));
			}
		}
		return problems;
	}

	/**
	 * Adds the problems of one message; {@code wrongVariants} is null for structure only.
	 */
	/** The double quotation marks there are, whatever the language. */
	private static final String DOUBLE_QUOTATION_MARKS = "«»„“”";

	/** The opening and the closing double quotation mark of the language. */
	static String quotationMarks(Language language) {
		return switch (language) {
			case EN -> "“”";
			case KA -> "„“";
			case RU, HY, AZ, TG -> "«»";
		};
	}

	private static void checkMessage(Language language, String key, String pattern, String english,
			List<WrongVariant> wrongVariants, Set<String> problems) {
		if (pattern == null || pattern.isBlank()) {
			problems.add("is empty");
			return;
		}
		MessagePattern parsed;
		try {
			parsed = new MessagePattern(pattern);
		}
		catch (IllegalArgumentException ex) {
			problems.add("does not parse: " + ex.getMessage());
			return;
		}
		if (language != Language.EN) {
			Map<String, String> expected = arguments(new MessagePattern(english));
			Map<String, String> actual = arguments(parsed);
			if (!expected.equals(actual)) {
				problems.add("arguments " + actual + " differ from English " + expected);
			}
		}
		List<String> texts = LiteralText.of(parsed);
		checkPlurals(language, parsed, wrongVariants != null, problems);
		texts.forEach((text) -> TelegramHtml.problem(text).ifPresent((problem) -> problems.add("HTML: " + problem)));
		if (wrongVariants == null) {
			return;
		}
		if (key.startsWith("command.")) {
			checkCommand(pattern, problems);
		}
		if (NOTICE_KEYS.contains(key)) {
			texts.stream()
				.mapToInt((text) -> text.codePointCount(0, text.length()))
				.filter((length) -> length > NOTICE_LIMIT)
				.max()
				.ifPresent((length) -> problems
					.add("notice of " + length + " characters, over the toast limit of " + NOTICE_LIMIT));
		}
		LanguageScript script = LanguageScript.of(language);
		texts.forEach((text) -> problems.addAll(script.problems(text)));
		String marks = quotationMarks(language);
		texts.stream()
			.flatMapToInt(String::codePoints)
			.filter((mark) -> DOUBLE_QUOTATION_MARKS.indexOf(mark) >= 0 && marks.indexOf(mark) < 0)
			.distinct()
			.forEach((mark) -> problems.add("quotation mark " + Character.toString(mark) + ": " + language.code()
					+ " quotes " + marks.charAt(0) + "like this" + marks.charAt(1)));
		for (WrongVariant variant : wrongVariants) {
			if (texts.stream().anyMatch(variant::foundIn)) {
				problems.add("uses «" + variant.wrong() + "»: use «" + variant.right() + "» instead");
			}
		}
	}

	private static void checkCommand(String description, Set<String> problems) {
		int length = description.codePointCount(0, description.length());
		if (length > COMMAND_LIMIT) {
			problems.add("command description of " + length + " characters, over " + COMMAND_LIMIT);
		}
		int first = description.codePoints().filter(Character::isLetter).findFirst().orElse('a');
		if (Character.isUpperCase(first)) {
			problems.add("command description starts with the capital '" + Character.toString(first)
					+ "'; start in lower case");
		}
		String end = description.strip();
		if (end.endsWith(".") || end.endsWith("։") || end.endsWith("。")) {
			problems.add("command description ends with a full stop");
		}
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

	private static void checkPlurals(Language language, MessagePattern pattern, boolean review, Set<String> problems) {
		for (int i = 0; i < pattern.countParts(); i++) {
			Part part = pattern.getPart(i);
			if (part.getType() != Part.Type.ARG_START || !part.getArgType().hasPluralStyle()) {
				continue;
			}
			PluralType pluralType = (part.getArgType() == ArgType.PLURAL) ? PluralType.CARDINAL : PluralType.ORDINAL;
			PluralRules rules = PluralRules.forLocale(language.locale(), pluralType);
			Set<String> required = rules.getKeywords();
			String argument = pattern.getSubstring(pattern.getPart(i + 1));
			String what = part.getArgType().name().toLowerCase() + " {" + argument + "}";
			Set<String> present = new TreeSet<>();
			int limit = pattern.getLimitPartIndex(i);
			for (int j = i + 2; j < limit; j++) {
				Part selector = pattern.getPart(j);
				if (selector.getType() != Part.Type.ARG_SELECTOR) {
					continue;
				}
				String category = pattern.getSubstring(selector);
				if (pattern.getPart(j + 1).getType().hasNumericValue()) {
					j++;
				}
				int messageLimit = pattern.getLimitPartIndex(j + 1);
				if (!category.startsWith("=")) {
					present.add(category);
					if (review && !showsNumber(pattern, j + 1, messageLimit, argument)
							&& !singleNumber(rules, category)) {
						problems.add(what + ": the '" + category + "' branch does not show the number (#)");
					}
				}
				j = messageLimit;
			}
			Set<String> missing = new TreeSet<>(required);
			missing.removeAll(present);
			if (!missing.isEmpty()) {
				problems.add(what + " lacks the categories " + missing + " that " + language.code() + " requires");
			}
			Set<String> unknown = new TreeSet<>(present);
			unknown.removeAll(required);
			if (review && !unknown.isEmpty()) {
				problems.add(what + " has the categories " + unknown + " that " + language.code() + " does not have");
			}
		}
	}

	/** Whether the branch message holds {@code #} or the plural's own argument. */
	private static boolean showsNumber(MessagePattern pattern, int start, int limit, String argument) {
		for (int k = start + 1; k < limit; k++) {
			Part part = pattern.getPart(k);
			if (part.getType() == Part.Type.REPLACE_NUMBER) {
				return true;
			}
			if (part.getType() == Part.Type.ARG_START) {
				if (pattern.getSubstring(pattern.getPart(k + 1)).equals(argument)) {
					return true;
				}
				if (part.getArgType().hasPluralStyle()) {
					// a nested plural's # is its own number
					k = pattern.getLimitPartIndex(k);
				}
			}
		}
		return false;
	}

	/** Whether the category holds exactly one number in the locale, as en "one" does. */
	private static boolean singleNumber(PluralRules rules, String category) {
		var values = rules.getAllKeywordValues(category);
		return values != null && values.size() == 1;
	}

}
