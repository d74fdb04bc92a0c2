package org.socialchange.platform.training;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.socialchange.platform.translations.Language;

/**
 * One prompt of a program: its place in the order (from 0), its text and options per
 * language, an optional link and photo, and what it asks.
 */
public record Prompt(long id, int position, Map<Language, PromptText> texts, Optional<String> linkUrl,
		Optional<String> photoUrl, Question question) {

	public Prompt {
		texts = Map.copyOf(texts);
	}

	/**
	 * The text in the language, else in English, else in any language it has (the editor
	 * shows which are missing).
	 */
	public PromptText text(Language language) {
		return Program.inLanguage(this.texts, language).orElseGet(() -> new PromptText("", List.of()));
	}

	/** The languages it still lacks a text (or, for a choice, options) in. */
	public Set<Language> missingLanguages() {
		Set<Language> missing = EnumSet.noneOf(Language.class);
		int options = this.texts.values().stream().mapToInt((text) -> text.options().size()).max().orElse(0);
		for (Language language : Language.values()) {
			PromptText text = this.texts.get(language);
			if (text == null || text.text().isBlank()
					|| (this.question.choice() && text.options().size() < Math.max(2, options))) {
				missing.add(language);
			}
		}
		return missing;
	}

	/** How many options its choice question has (in its fullest language). */
	public int optionCount() {
		return this.question.choice()
				? this.texts.values().stream().mapToInt((text) -> text.options().size()).max().orElse(0) : 0;
	}

}
