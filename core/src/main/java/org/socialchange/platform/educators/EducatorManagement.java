package org.socialchange.platform.educators;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.translations.Language;

/**
 * Registers educators and keeps their language; the entry point of the educators feature.
 */
@Service
@Transactional(readOnly = true)
public class EducatorManagement {

	private final Educators educators;

	private final Clock clock;

	EducatorManagement(Educators educators, Clock clock) {
		this.educators = educators;
		this.clock = clock;
	}

	public Optional<Educator> find(long telegramUserId) {
		return this.educators.findByTelegramUserId(telegramUserId);
	}

	/**
	 * Stores the language an educator chose, registering them on their first choice.
	 */
	@Transactional
	public Educator chooseLanguage(long telegramUserId, long chatId, Language language) {
		Educator educator = this.educators.findByTelegramUserId(telegramUserId)
			.orElseGet(() -> new Educator(telegramUserId, chatId, language, this.clock.instant()));
		educator.chooseLanguage(language, this.clock.instant());
		return this.educators.save(educator);
	}

	public long count() {
		return this.educators.count();
	}

	/** Registered educators per language, every language present (zero where none). */
	public Map<Language, Long> countByLanguage() {
		Map<Language, Long> counts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			counts.put(language, 0L);
		}
		this.educators.countByLanguage().forEach((row) -> counts.put(row.getLanguage(), row.getCount()));
		return counts;
	}

}
