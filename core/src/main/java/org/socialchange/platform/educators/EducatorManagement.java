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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
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

	private final ApplicationEventPublisher events;

	private final boolean openRegistration;

	EducatorManagement(Educators educators, Erasures erasures, Clock clock, PrivacyManagement privacy,
			ApplicationEventPublisher events, @Value("${platform.registration.open:false}") boolean openRegistration) {
		this.educators = educators;
		this.erasures = erasures;
		this.clock = clock;
		this.privacy = privacy;
		this.events = events;
		this.openRegistration = openRegistration;
	}

	/** What {@code admitted_by} says of an educator admitted without a coordinator. */
	static final String OPEN_REGISTRATION = "open registration";

	static final String INVITE = "invite link";

	static final String COORDINATOR = "coordinator #";

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

	/**
	 * Every question answered: the educator is registered (dated the first time); where
	 * registration is open ({@code PLATFORM_REGISTRATION_OPEN}) they are a member at
	 * once, else pending until an invite link or a coordinator admits them.
	 */
	@Transactional
	public Educator completeRegistration(TelegramUserId user) {
		return change(user, (educator) -> {
			educator.completeRegistration(this.clock.instant());
			if (this.openRegistration) {
				educator.admit(OPEN_REGISTRATION, this.clock.instant());
			}
		});
	}

	/** Whether everyone who registers is a member at once. */
	public boolean registrationOpen() {
		return this.openRegistration;
	}

	/** The educator came by an invite link of a group or the network: a member. */
	@Transactional
	public Educator admitByInvite(TelegramUserId user) {
		return change(user, (educator) -> educator.admit(INVITE, this.clock.instant()));
	}

	/**
	 * Registered educators inside the scope who wait for a coordinator (pending), the
	 * longest waiting first.
	 */
	public List<Educator> pending(EducatorScope scope) {
		return this.educators.findByAdmissionAndRegisteredAtIsNotNullOrderByRegisteredAt(Admission.PENDING)
			.stream()
			.filter((educator) -> inScope(educator, scope))
			.toList();
	}

	/** The educator, whether registered or not. */
	public Optional<Educator> byId(EducatorId id) {
		return this.educators.findById(id.value());
	}

	/** Those of the educators that exist, in no particular order. */
	public List<Educator> findAll(java.util.Collection<EducatorId> ids) {
		return this.educators.findAllById(ids.stream().map(EducatorId::value).toList());
	}

	/** A registered educator inside the scope; {@link EducatorNotFound} otherwise. */
	public Educator find(EducatorId id, EducatorScope scope) {
		return this.educators.findById(id.value())
			.filter((educator) -> educator.isRegistered() && inScope(educator, scope))
			.orElseThrow(() -> new EducatorNotFound(id.value()));
	}

	/**
	 * A coordinator admits a pending (or declined) educator of their scope; the educator
	 * hears it ({@link AdmissionDecided}).
	 */
	@Transactional
	public Educator approve(EducatorId id, long coordinatorId, String by, EducatorScope scope) {
		Educator educator = find(id, scope);
		if (educator.admission() == Admission.MEMBER) {
			return educator;
		}
		educator.admit(COORDINATOR + coordinatorId, this.clock.instant());
		this.events.publishEvent(
				new AdmissionDecided(id, ChatId.of(educator.chatId()), educator.language(), Admission.MEMBER, by));
		return this.educators.save(educator);
	}

	/** A coordinator declines a pending educator of their scope, who hears it kindly. */
	@Transactional
	public Educator decline(EducatorId id, long coordinatorId, String by, EducatorScope scope) {
		Educator educator = find(id, scope);
		if (educator.admission() != Admission.PENDING) {
			return educator;
		}
		educator.decline(COORDINATOR + coordinatorId, this.clock.instant());
		this.events.publishEvent(
				new AdmissionDecided(id, ChatId.of(educator.chatId()), educator.language(), Admission.DECLINED, by));
		return this.educators.save(educator);
	}

	/** Whether the educator lives in the scope's countries and networks. */
	static boolean inScope(Educator educator, EducatorScope scope) {
		return scope.includes(educator.country().orElse(null), educator.network().orElse(null));
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
