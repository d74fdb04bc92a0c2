package org.socialchange.platform.educators;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PrivacyManagement;
import org.socialchange.platform.translations.Language;

/**
 * Registers educators and keeps their language; the entry point of the educators feature.
 */
@Service
@Transactional(readOnly = true)
public class EducatorManagement {

	private final Educators educators;

	private final Erasures erasures;

	private final Clock clock;

	private final PrivacyManagement privacy;

	EducatorManagement(Educators educators, Erasures erasures, Clock clock, PrivacyManagement privacy) {
		this.educators = educators;
		this.erasures = erasures;
		this.clock = clock;
		this.privacy = privacy;
	}

	public Optional<Educator> find(TelegramUserId user) {
		return this.educators.findByTelegramUserId(user.value());
	}

	/**
	 * A user's first contact: creates the educator with the language their Telegram app
	 * suggests, or finds the one who is there.
	 */
	@Transactional
	public Educator begin(TelegramUserId user, ChatId chat, Language suggested) {
		Educator educator = this.educators.findByTelegramUserId(user.value())
			.orElseGet(() -> new Educator(user.value(), chat.value(), suggested, this.clock.instant()));
		educator.touch(this.clock.instant());
		return this.educators.save(educator);
	}

	/**
	 * Stores the language an educator chose; empty, creating nothing, for someone the
	 * platform does not know (a picker pressed after its educator erased themselves).
	 */
	@Transactional
	public Optional<Educator> chooseLanguage(TelegramUserId user, Language language) {
		return this.educators.findByTelegramUserId(user.value()).map((educator) -> {
			educator.chooseLanguage(language, this.clock.instant());
			return this.educators.save(educator);
		});
	}

	/** How many educators completed their registration. */
	public long count() {
		return this.educators.countByRegisteredAtIsNotNull();
	}

	@Transactional
	public Educator consent(TelegramUserId user) {
		return change(user, (educator) -> educator.consent(this.clock.instant()));
	}

	/**
	 * Someone declined the privacy notice: everything stored about them is gone, down to
	 * their language choice, and not even an erasure is counted.
	 */
	@Transactional
	public void declineConsent(TelegramUserId user) {
		Educator educator = require(user);
		educator.declineConsent();
		this.privacy.erase(DataSubject.of(educator.id(), educator.telegramUserId(), educator.chatId()));
	}

	@Transactional
	public Educator name(TelegramUserId user, FreeText name) {
		return change(user, (educator) -> educator.name(name));
	}

	@Transactional
	public Educator country(TelegramUserId user, Country country) {
		return change(user, (educator) -> educator.country(country));
	}

	@Transactional
	public Educator countryOther(TelegramUserId user, FreeText name) {
		return change(user, (educator) -> educator.countryOther(name));
	}

	/** The city or region; {@code null} when the educator skips it. */
	@Transactional
	public Educator region(TelegramUserId user, FreeText region) {
		return change(user, (educator) -> educator.region(region));
	}

	@Transactional
	public Educator role(TelegramUserId user, Role role) {
		return change(user, (educator) -> educator.role(role));
	}

	@Transactional
	public Educator toggleTopic(TelegramUserId user, Topic topic) {
		return change(user, (educator) -> educator.toggleTopic(topic));
	}

	@Transactional
	public Educator timeZone(TelegramUserId user, ZoneId zone) {
		return change(user, (educator) -> educator.timeZone(zone));
	}

	@Transactional
	public Educator network(TelegramUserId user, Network network) {
		return change(user, (educator) -> educator.network(network));
	}

	/** Every question answered: the educator is registered (dated the first time). */
	@Transactional
	public Educator completeRegistration(TelegramUserId user) {
		return change(user, (educator) -> educator.completeRegistration(this.clock.instant()));
	}

	@Transactional
	public Educator visibility(TelegramUserId user, Visibility visibility) {
		return change(user, (educator) -> educator.visibility(visibility));
	}

	/** {@code /stop}: no broadcasts or prompts until {@link #resume}. */
	@Transactional
	public Educator pause(TelegramUserId user) {
		return change(user, Educator::pause);
	}

	@Transactional
	public Educator resume(TelegramUserId user) {
		return change(user, Educator::resume);
	}

	/** Telegram said the chat blocked the bot or the account is gone. */
	@Transactional
	public void markUnreachable(ChatId chat) {
		this.educators.findByChatId(chat.value()).forEach(Educator::markUnreachable);
	}

	@Transactional
	public void markReachable(ChatId chat) {
		this.educators.findByChatId(chat.value()).forEach(Educator::markReachable);
	}

	/**
	 * Erases everything stored about an educator, irreversibly; only a dated row that
	 * counts the erasure remains.
	 */
	@Transactional
	public void erase(TelegramUserId user) {
		this.educators.findByTelegramUserId(user.value())
			.ifPresent((educator) -> this.privacy
				.erase(DataSubject.of(educator.id(), educator.telegramUserId(), educator.chatId())));
	}

	/**
	 * Forgets everyone who met the bot but never consented and has not been seen since
	 * the instant (only their Telegram ids and language were stored); answers how many.
	 */
	@Transactional
	public int forgetUnconsentedSince(Instant instant) {
		List<Educator> strangers = this.educators.findByConsentedAtIsNullAndUpdatedAtBefore(instant);
		strangers.forEach((educator) -> this.privacy
			.erase(DataSubject.of(educator.id(), educator.telegramUserId(), educator.chatId())));
		return strangers.size();
	}

	/** How many educators have a Telegram user id outside the range, ends included. */
	public long countWithTelegramIdsOutside(long lowest, long highest) {
		return this.educators.countByTelegramUserIdLessThanOrTelegramUserIdGreaterThan(lowest, highest);
	}

	public long erasedCount() {
		return this.erasures.count();
	}

	private Educator change(TelegramUserId user, Consumer<Educator> change) {
		Educator educator = require(user);
		change.accept(educator);
		educator.touch(this.clock.instant());
		return this.educators.save(educator);
	}

	private Educator require(TelegramUserId user) {
		return this.educators.findByTelegramUserId(user.value()).orElseThrow(() -> new EducatorNotFound(user.value()));
	}

	/**
	 * Educators inside the scope who completed registration, per language; every language
	 * present.
	 */
	public Map<Language, Long> countByLanguage(EducatorScope scope) {
		Map<Language, Long> counts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			counts.put(language, 0L);
		}
		if (scope.nobody()) {
			return counts;
		}
		Set<Country> countries = scope.countries().isEmpty() ? EnumSet.allOf(Country.class) : scope.countries();
		Set<Network> networks = scope.networks().isEmpty() ? EnumSet.allOf(Network.class) : scope.networks();
		this.educators.countByLanguage(scope.countries().isEmpty(), countries, scope.networks().isEmpty(), networks)
			.forEach((row) -> counts.put(row.getLanguage(), row.getCount()));
		return counts;
	}

}
