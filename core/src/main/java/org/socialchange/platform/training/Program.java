package org.socialchange.platform.training;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.translations.Language;

/**
 * A training program: its title and description per language, schedule, scope (a country
 * and network, or international), whether educators may join it in the bot and whether
 * prompts also go to enrolled groups' chats, its prompts in order and audiences.
 */
public record Program(long id, Map<Language, ProgramText> texts, ProgramSchedule schedule, Optional<Country> country,
		Optional<Network> network, boolean open, boolean postToGroups, ProgramStatus status, String createdBy,
		Instant createdAt, List<Prompt> prompts, List<Audience> audiences) {

	public Program {
		texts = Map.copyOf(texts);
		prompts = List.copyOf(prompts);
		audiences = List.copyOf(audiences);
	}

	public String title(Language language) {
		return inLanguage(this.texts, language).map(ProgramText::title).orElse("#" + this.id);
	}

	public String description(Language language) {
		return inLanguage(this.texts, language).map(ProgramText::description).orElse("");
	}

	/** The languages its title, or any prompt, still lacks. */
	public Set<Language> missingLanguages() {
		Set<Language> missing = EnumSet.noneOf(Language.class);
		for (Language language : Language.values()) {
			ProgramText text = this.texts.get(language);
			if (text == null || text.title().isBlank()) {
				missing.add(language);
			}
		}
		this.prompts.forEach((prompt) -> missing.addAll(prompt.missingLanguages()));
		return missing;
	}

	public Optional<Prompt> prompt(long promptId) {
		return this.prompts.stream().filter((prompt) -> prompt.id() == promptId).findFirst();
	}

	/** The value in the language, else in English, else in the first language it has. */
	static <T> Optional<T> inLanguage(Map<Language, T> values, Language language) {
		if (values.containsKey(language)) {
			return Optional.of(values.get(language));
		}
		if (values.containsKey(Language.EN)) {
			return Optional.of(values.get(Language.EN));
		}
		for (Language other : Language.values()) {
			if (values.containsKey(other)) {
				return Optional.of(values.get(other));
			}
		}
		return Optional.empty();
	}

}
