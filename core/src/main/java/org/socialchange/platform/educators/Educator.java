package org.socialchange.platform.educators;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.socialchange.platform.translations.Language;

/**
 * An educator known to the bot: Telegram ids, chosen language and time zone, nothing more
 * than the platform needs.
 */
@Entity
@Table(name = "educators")
public class Educator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "telegram_user_id", nullable = false, unique = true)
	private long telegramUserId;

	@Column(name = "chat_id", nullable = false)
	private long chatId;

	@Convert(converter = LanguageConverter.class)
	@Column(nullable = false)
	private Language language;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Country country;

	@Column(name = "country_other")
	private String countryOther;

	private String region;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "educator_topics", joinColumns = @JoinColumn(name = "educator_id"))
	@Column(name = "topic")
	@Enumerated(EnumType.STRING)
	private Set<Topic> topics = new TreeSet<>();

	@Enumerated(EnumType.STRING)
	private Network network;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility = Visibility.PEER_GROUPS;

	@Column(name = "consented_at")
	private Instant consentedAt;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(nullable = false)
	private boolean paused;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Admission admission = Admission.PENDING;

	@Column(name = "admitted_at")
	private Instant admittedAt;

	@Column(name = "admitted_by")
	private String admittedBy;

	@Column(nullable = false)
	private boolean unreachable;

	@Version
	private long version;

	protected Educator() {
	}

	Educator(long telegramUserId, long chatId, Language language, Instant now) {
		this.telegramUserId = telegramUserId;
		this.chatId = chatId;
		this.language = language;
		this.joinedAt = now;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void chooseLanguage(Language language, Instant now) {
		this.language = language;
		this.updatedAt = now;
	}

	// The profile: nothing personal is stored before the educator consented.

	void consent(Instant now) {
		if (this.consentedAt == null) {
			this.consentedAt = now;
		}
	}

	/**
	 * Declining the privacy notice withdraws consent and every answer; the educator is
	 * then forgotten altogether ({@link EducatorManagement#declineConsent}).
	 */
	void declineConsent() {
		if (isRegistered()) {
			throw new IllegalStateException("A registered educator erases their data instead of declining");
		}
		this.consentedAt = null;
		this.displayName = null;
		this.country = null;
		this.countryOther = null;
		this.region = null;
		this.role = null;
		this.topics.clear();
		this.timeZone = null;
		this.network = null;
	}

	void name(FreeText name) {
		requireConsent();
		this.displayName = name.value();
	}

	/** The country; one with a single time zone sets it. */
	void country(Country country) {
		requireConsent();
		this.country = country;
		if (country != Country.OTHER) {
			this.countryOther = null;
		}
		country.zone().ifPresent((zone) -> this.timeZone = zone.getId());
	}

	/** The name of a country outside the network, typed by the educator. */
	void countryOther(FreeText name) {
		requireConsent();
		if (this.country != Country.OTHER) {
			throw new IllegalStateException("A typed country name is only kept for country OTHER");
		}
		this.countryOther = name.value();
	}

	/** The city or region; {@code null} when the educator skips it. */
	void region(FreeText region) {
		requireConsent();
		this.region = (region != null) ? region.value() : null;
	}

	void role(Role role) {
		requireConsent();
		this.role = role;
	}

	/** Selects or deselects a topic. */
	void toggleTopic(Topic topic) {
		requireConsent();
		if (!this.topics.remove(topic)) {
			this.topics.add(topic);
		}
	}

	void timeZone(ZoneId zone) {
		requireConsent();
		this.timeZone = zone.getId();
	}

	void network(Network network) {
		requireConsent();
		this.network = network;
	}

	/**
	 * Registration is complete once every required answer is there; the first completion
	 * is dated.
	 */
	void completeRegistration(Instant now) {
		requireConsent();
		if (this.displayName == null || this.country == null || this.role == null || this.topics.isEmpty()
				|| this.timeZone == null || this.network == null) {
			throw new IllegalStateException("Educator " + this.id + " has not answered every question yet");
		}
		if (this.registeredAt == null) {
			this.registeredAt = now;
		}
	}

	/** True when the country needs a typed name or a chosen zone. */
	public boolean needsZoneChoice() {
		return this.country == null || this.country.zone().isEmpty();
	}

	void visibility(Visibility visibility) {
		this.visibility = visibility;
	}

	void pause() {
		this.paused = true;
	}

	void resume() {
		this.paused = false;
	}

	void markUnreachable() {
		this.unreachable = true;
	}

	void markReachable() {
		this.unreachable = false;
	}

	private void requireConsent() {
		if (this.consentedAt == null) {
			throw new IllegalStateException("Educator " + this.id + " has not consented to storing a profile");
		}
	}

	public Long id() {
		return this.id;
	}

	public long telegramUserId() {
		return this.telegramUserId;
	}

	public long chatId() {
		return this.chatId;
	}

	public Language language() {
		return this.language;
	}

	/** The educator's own time zone, once they have told it. */
	public Optional<ZoneId> timeZone() {
		return Optional.ofNullable(this.timeZone).map(ZoneId::of);
	}

	public Instant joinedAt() {
		return this.joinedAt;
	}

	/** True once the whole registration is done. */
	/** Made a member, by an invite link or a coordinator ({@code by}), if not one yet. */
	void admit(String by, Instant now) {
		if (this.admission != Admission.MEMBER) {
			this.admission = Admission.MEMBER;
			this.admittedAt = now;
			this.admittedBy = by;
		}
	}

	/** A coordinator declined the pending educator. */
	void decline(String by, Instant now) {
		if (this.admission == Admission.MEMBER) {
			throw new IllegalStateException("A member cannot be declined");
		}
		this.admission = Admission.DECLINED;
		this.admittedAt = now;
		this.admittedBy = by;
	}

	public Admission admission() {
		return this.admission;
	}

	/** True for a registered member, who may see other educators and join groups. */
	public boolean isMember() {
		return isRegistered() && this.admission == Admission.MEMBER;
	}

	public Optional<Instant> admittedAt() {
		return Optional.ofNullable(this.admittedAt);
	}

	public Optional<String> admittedBy() {
		return Optional.ofNullable(this.admittedBy);
	}

	public boolean isRegistered() {
		return this.registeredAt != null;
	}

	public Optional<String> displayName() {
		return Optional.ofNullable(this.displayName);
	}

	public Optional<Country> country() {
		return Optional.ofNullable(this.country);
	}

	public Optional<String> countryOther() {
		return Optional.ofNullable(this.countryOther);
	}

	public Optional<String> region() {
		return Optional.ofNullable(this.region);
	}

	public Optional<Role> role() {
		return Optional.ofNullable(this.role);
	}

	public Set<Topic> topics() {
		return Collections.unmodifiableSet(new TreeSet<>(this.topics));
	}

	public Optional<Network> network() {
		return Optional.ofNullable(this.network);
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public Optional<Instant> consentedAt() {
		return Optional.ofNullable(this.consentedAt);
	}

	public Optional<Instant> registeredAt() {
		return Optional.ofNullable(this.registeredAt);
	}

	/** True while the educator paused broadcasts and prompts with /stop. */
	public boolean paused() {
		return this.paused;
	}

	/** True once Telegram said the educator blocked the bot or was deactivated. */
	public boolean unreachable() {
		return this.unreachable;
	}

}
