package org.socialchange.platform.translations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;

/**
 * The literal text of a message pattern, as the translator wrote it: ICU syntax, quoting
 * apostrophes and argument names removed. A message with plural or select arguments has
 * one text per combination of branches; every argument and every {@code #} stands as
 * {@value #ARGUMENT}, since ICU inserts argument values escaped at runtime.
 */
final class LiteralText {

	/** What an argument or {@code #} stands as in the literal text. */
	static final String ARGUMENT = "0";

	/** Beyond this many combinations the rest are not looked at. */
	private static final int MAX_TEXTS = 256;

	private LiteralText() {
	}

	/** Every text the message can produce, up to the argument values. */
	static List<String> of(MessagePattern pattern) {
		return new ArrayList<>(message(pattern, 0));
	}

	/** The texts of the message starting at part {@code start} (a MSG_START). */
	private static Set<String> message(MessagePattern pattern, int start) {
		String source = pattern.getPatternString();
		Set<String> texts = new LinkedHashSet<>(List.of(""));
		int previous = pattern.getPart(start).getLimit();
		for (int i = start + 1; i < pattern.countParts(); i++) {
			Part part = pattern.getPart(i);
			texts = append(texts, source.substring(previous, part.getIndex()));
			previous = part.getLimit();
			switch (part.getType()) {
				case MSG_LIMIT -> {
					return texts;
				}
				case INSERT_CHAR -> texts = append(texts, String.valueOf((char) part.getValue()));
				case REPLACE_NUMBER -> texts = append(texts, ARGUMENT);
				case ARG_START -> {
					int limit = pattern.getLimitPartIndex(i);
					if (part.getArgType() == ArgType.NONE || part.getArgType() == ArgType.SIMPLE) {
						texts = append(texts, ARGUMENT);
					}
					else {
						Set<String> branches = new LinkedHashSet<>();
						for (int j = i + 1; j < limit; j++) {
							if (pattern.getPart(j).getType() == Part.Type.MSG_START) {
								branches.addAll(message(pattern, j));
								j = pattern.getLimitPartIndex(j);
							}
						}
						texts = combine(texts, branches);
					}
					previous = pattern.getPart(limit).getLimit();
					i = limit;
				}
				default -> {
					// SKIP_SYNTAX: a quoting apostrophe, not part of the text
				}
			}
		}
		return texts;
	}

	private static Set<String> append(Set<String> texts, String suffix) {
		if (suffix.isEmpty()) {
			return texts;
		}
		return combine(texts, List.of(suffix));
	}

	private static Set<String> combine(Set<String> prefixes, Iterable<String> suffixes) {
		Set<String> combined = new LinkedHashSet<>();
		for (String prefix : prefixes) {
			for (String suffix : suffixes) {
				if (combined.size() < MAX_TEXTS) {
					combined.add(prefix + suffix);
				}
			}
		}
		return combined;
	}

}
