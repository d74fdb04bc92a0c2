package org.socialchange.platform.translations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A glossary term replaced by a known wrong variant in one language: the validator
 * reports every message of that language containing {@code wrong}, compared ignoring case
 * and the difference between ё and е.
 *
 * <p>
 * The list lives in {@value #RESOURCE}, one {@code lang | wrong | right} a line; blank
 * lines and lines starting with {@code #} are skipped.
 */
record WrongVariant(Language language, String wrong, String right) {

	static final String RESOURCE = "glossary-wrong-variants.txt";

	/** Whether the text uses the wrong variant. */
	boolean foundIn(String text) {
		return fold(text).contains(fold(this.wrong));
	}

	private String fold(String text) {
		return text.toLowerCase(this.language.locale().toLocale()).replace('ё', 'е');
	}

	/** The list on the class path. */
	static List<WrongVariant> load() {
		try (InputStream in = WrongVariant.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses {@code lang | wrong | right} lines; a malformed line is an error, not
	 * skipped.
	 */
	static List<WrongVariant> parse(List<String> lines) {
		List<WrongVariant> variants = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\\|", -1);
			String where = RESOURCE + " line " + (i + 1) + ": ";
			if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
				throw new IllegalStateException(where + "expected 'lang | wrong | right', found '" + line + "'");
			}
			Language language = Language.fromCode(fields[0].strip())
				.orElseThrow(() -> new IllegalStateException(where + "unknown language '" + fields[0].strip() + "'"));
			variants.add(new WrongVariant(language, fields[1].strip(), fields[2].strip()));
		}
		return List.copyOf(variants);
	}

}
