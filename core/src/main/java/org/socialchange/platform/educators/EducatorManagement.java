package org.socialchange.platform.educators;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final ApplicationEventPublisher events;

	private final PrivacyManagement privacy;

	EducatorManagement(Educators educators, Erasures erasures, Clock clock, ApplicationEventPublisher events,
			PrivacyManagement privacy) {
		this.educators = educators;
		this.erasures = erasures;
		this.clock = clock;
		this.events = events;
		this.privacy = privacy;
	}

	public Optional<Educator> find(long telegramUserId) {
		return this.educators.findByTelegramUserId(telegramUserId);
	}

	/**
	 * A user's {@code /start}: creates the educator at the language step when they are
	 * new (with the language their Telegram app suggests), keeps a deep-link payload, and
	 * resumes a suspended conversation.
	 */
	@Transactional
	public Educator begin(long telegramUserId, long chatId, Language suggested, String payload) {
		Educator educator = this.educators.findByTelegramUserId(telegramUserId)
			.orElseGet(() -> new Educator(telegramUserId, chatId, suggested, this.clock.instant()));
		if (payload != null) {
			educator.keepStartPayload(payload);
		}
		educator.continueConversation();
		educator.touch(this.clock.instant());
		return this.educators.save(educator);
	}

	@Transactional
	public Educator suspend(long telegramUserId) {
		return change(telegramUserId, Educator::suspend);
	}

	/**
	 * Stores the language an educator chose, creating them on their first choice.
	 */
	@Transactional
	public Educator chooseLanguage(long telegramUserId, long chatId, Language language) {
		Educator educator = this.educators.findByTelegramUserId(telegramUserId)
			.orElseGet(() -> new Educator(telegramUserId, chatId, language, this.clock.instant()));
		educator.chooseLanguage(language, this.clock.instant());
		return this.educators.save(educator);
	}

	/** How many educators completed their registration. */
	public long count() {
		return this.educators.countByRegisteredAtIsNotNull();
	}

	@Transactional
	public Educator consent(long telegramUserId) {
		return change(telegramUserId, (educator) -> educator.consent(this.clock.instant()));
	}

	@Transactional
	public Educator decline(long telegramUserId) {
		return change(telegramUserId, Educator::decline);
	}

	@Transactional
	public Educator name(long telegramUserId, FreeText name) {
		return change(telegramUserId, (educator) -> educator.name(name));
	}

	@Transactional
	public Educator country(long telegramUserId, Country country) {
		return change(telegramUserId, (educator) -> educator.country(country));
	}

	@Transactional
	public Educator countryOther(long telegramUserId, FreeText name) {
		return change(telegramUserId, (educator) -> educator.countryOther(name));
	}

	/** The city or region; {@code null} when the educator skips it. */
	@Transactional
	public Educator region(long telegramUserId, FreeText region) {
		return change(telegramUserId, (educator) -> educator.region(region));
	}

	@Transactional
	public Educator role(long telegramUserId, Role role) {
		return change(telegramUserId, (educator) -> educator.role(role));
	}

	@Transactional
	public Educator toggleTopic(long telegramUserId, Topic topic) {
		return change(telegramUserId, (educator) -> educator.toggleTopic(topic));
	}

	@Transactional
	public Educator topicsDone(long telegramUserId) {
		return change(telegramUserId, Educator::topicsDone);
	}

	@Transactional
	public Educator timeZone(long telegramUserId, ZoneId zone) {
		return change(telegramUserId, (educator) -> educator.timeZone(zone));
	}

	@Transactional
	public Educator network(long telegramUserId, Network network) {
		return change(telegramUserId, (educator) -> educator.network(network, this.clock.instant()));
	}

	@Transactional
	public Educator back(long telegramUserId) {
		return change(telegramUserId, Educator::back);
	}

	@Transactional
	public Educator edit(long telegramUserId, RegistrationStep field) {
		return change(telegramUserId, (educator) -> educator.edit(field));
	}

	@Transactional
	public Educator stopEditing(long telegramUserId) {
		return change(telegramUserId, Educator::stopEditing);
	}

	@Transactional
	public Educator keepStartPayload(long telegramUserId, String payload) {
		return change(telegramUserId, (educator) -> educator.keepStartPayload(payload));
	}

	@Transactional
	public Optional<String> takeStartPayload(long telegramUserId) {
		Educator educator = require(telegramUserId);
		return educator.takeStartPayload();
	}

	@Transactional
	public Educator visibility(long telegramUserId, Visibility visibility) {
		return change(telegramUserId, (educator) -> educator.visibility(visibility));
	}

	/** {@code /stop}: no broadcasts or prompts until {@link #resume}. */
	@Transactional
	public Educator pause(long telegramUserId) {
		return change(telegramUserId, Educator::pause);
	}

	@Transactional
	public Educator resume(long telegramUserId) {
		return change(telegramUserId, Educator::resume);
	}

	/** Telegram said the chat blocked the bot or the account is gone. */
	@Transactional
	public void markUnreachable(long chatId) {
		this.educators.findByChatId(chatId).forEach(Educator::markUnreachable);
	}

	@Transactional
	public void markReachable(long chatId) {
		this.educators.findByChatId(chatId).forEach(Educator::markReachable);
	}

	/**
	 * Erases everything stored about an educator, irreversibly; only a dated row that
	 * counts the erasure remains.
	 */
	@Transactional
	public void erase(long telegramUserId) {
		this.educators.findByTelegramUserId(telegramUserId)
			.ifPresent((educator) -> this.privacy
				.erase(DataSubject.of(educator.id(), educator.telegramUserId(), educator.chatId())));
	}

	public long erasedCount() {
		return this.erasures.count();
	}

	private Educator change(long telegramUserId, Consumer<Educator> change) {
		Educator educator = require(telegramUserId);
		change.accept(educator);
		educator.touch(this.clock.instant());
		return this.educators.save(educator);
	}

	private Educator require(long telegramUserId) {
		return this.educators.findByTelegramUserId(telegramUserId)
			.orElseThrow(() -> new EducatorNotFound(telegramUserId));
	}

	/** Educators who completed registration, per language; every language present. */
	public Map<Language, Long> countByLanguage() {
		Map<Language, Long> counts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			counts.put(language, 0L);
		}
		this.educators.countByLanguage().forEach((row) -> counts.put(row.getLanguage(), row.getCount()));
		return counts;
	}

}
