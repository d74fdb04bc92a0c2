package org.socialchange.platform.educators;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import org.socialchange.platform.translations.Language;

/** The educators known to the bot. */
interface Educators extends ListCrudRepository<Educator, Long> {

	Optional<Educator> findByTelegramUserId(long telegramUserId);

	List<Educator> findByChatId(long chatId);

	long countByRegisteredAtIsNotNull();

	List<Educator> findByAdmissionAndRegisteredAtIsNotNullOrderByRegisteredAt(Admission admission);

	long countByTelegramUserIdLessThanOrTelegramUserIdGreaterThan(long lowest, long highest);

	/** People who met the bot but never consented, last seen before the instant. */
	List<Educator> findByConsentedAtIsNullAndUpdatedAtBefore(Instant instant);

	@Query("select e.language as language, count(e) as count from Educator e where e.registeredAt is not null"
			+ " and (:anyCountry = true or e.country in :countries) and (:anyNetwork = true or e.network in :networks)"
			+ " group by e.language")
	List<LanguageCount> countByLanguage(boolean anyCountry, Collection<Country> countries, boolean anyNetwork,
			Collection<Network> networks);

	/** How many educators chose one language. */
	interface LanguageCount {

		Language getLanguage();

		long getCount();

	}

}
