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

	@Enumerated(EnumType.STRING)
	private RegistrationStep step;

	@Column(nullable = false)
	private boolean editing;

	@Column(nullable = false)
	private boolean suspended;

	@Column(name = "start_payload")
	private String startPayload;

	@Column(nullable = false)
	private boolean paused;

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
		this.step = RegistrationStep.LANGUAGE;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void chooseLanguage(Language language, Instant now) {
		this.language = language;
		this.updatedAt = now;
		if (this.step == RegistrationStep.LANGUAGE) {
			this.step = RegistrationStep.PRIVACY;
		}
		else if (this.editing && this.step == null) {
			this.editing = false;
		}
	}

	/** {@code /cancel}: the conversation stops waiting for answers, keeping them. */
	void suspend() {
		if (this.editing) {
			stopEditing();
		}
		else if (this.step != null) {
			this.suspended = true;
		}
	}

	/** {@code /start} again: the conversation goes on at the step it stopped. */
	void continueConversation() {
		this.suspended = false;
	}

	// The registration conversation: each answer moves to the next step, or, when a
	// registered educator edits one field of their profile, back to the profile.

	void consent(Instant now) {
		expect(RegistrationStep.PRIVACY, RegistrationStep.DECLINED);
		this.consentedAt = now;
		this.step = RegistrationStep.NAME;
	}

	void decline() {
		expect(RegistrationStep.PRIVACY);
		this.step = RegistrationStep.DECLINED;
	}

	void name(FreeText name) {
		expect(RegistrationStep.NAME);
		this.displayName = name.value();
		advance(RegistrationStep.COUNTRY);
	}

	void country(Country country) {
		expect(RegistrationStep.COUNTRY);
		this.country = country;
		if (country != Country.OTHER) {
			this.countryOther = null;
		}
		country.zone().ifPresent((zone) -> this.timeZone = zone.getId());
		if (country == Country.OTHER) {
			this.step = RegistrationStep.COUNTRY_OTHER;
		}
		else if (this.editing && country.zone().isEmpty()) {
			this.step = RegistrationStep.TIME_ZONE;
		}
		else {
			advance(RegistrationStep.REGION);
		}
	}

	void countryOther(FreeText name) {
		expect(RegistrationStep.COUNTRY_OTHER);
		this.countryOther = name.value();
		this.step = this.editing ? RegistrationStep.TIME_ZONE : RegistrationStep.REGION;
	}

	void region(FreeText region) {
		expect(RegistrationStep.REGION);
		this.region = (region != null) ? region.value() : null;
		advance(RegistrationStep.ROLE);
	}

	void role(Role role) {
		expect(RegistrationStep.ROLE);
		this.role = role;
		advance(RegistrationStep.TOPICS);
	}

	/** Selects or deselects a topic; the step stays until the educator is done. */
	void toggleTopic(Topic topic) {
		expect(RegistrationStep.TOPICS);
		if (!this.topics.remove(topic)) {
			this.topics.add(topic);
		}
	}

	void topicsDone() {
		expect(RegistrationStep.TOPICS);
		if (this.topics.isEmpty()) {
			throw new IllegalStateException("At least one topic is needed");
		}
		advance(needsZoneChoice() ? RegistrationStep.TIME_ZONE : RegistrationStep.NETWORK);
	}

	void timeZone(ZoneId zone) {
		expect(RegistrationStep.TIME_ZONE);
		this.timeZone = zone.getId();
		advance(RegistrationStep.NETWORK);
	}

	void network(Network network, Instant now) {
		expect(RegistrationStep.NETWORK);
		this.network = network;
		advance(null);
		if (this.registeredAt == null) {
			this.registeredAt = now;
		}
	}

	/** One step back; the first step stays where it is. */
	void back() {
		if (this.editing || this.step == null) {
			return;
		}
		this.step = switch (this.step) {
			case LANGUAGE, NAME, PRIVACY, DECLINED -> this.step;
			case COUNTRY -> RegistrationStep.NAME;
			case COUNTRY_OTHER -> RegistrationStep.COUNTRY;
			case REGION -> (this.country == Country.OTHER) ? RegistrationStep.COUNTRY_OTHER : RegistrationStep.COUNTRY;
			case ROLE -> RegistrationStep.REGION;
			case TOPICS -> RegistrationStep.ROLE;
			case TIME_ZONE -> RegistrationStep.TOPICS;
			case NETWORK -> needsZoneChoice() ? RegistrationStep.TIME_ZONE : RegistrationStep.TOPICS;
		};
	}

	/**
	 * A registered educator starts editing one field with the registration step for it.
	 */
	void edit(RegistrationStep field) {
		if (!isRegistered() && !this.editing) {
			throw new IllegalStateException("Only a registered educator edits the profile");
		}
		if (field == RegistrationStep.LANGUAGE || field == RegistrationStep.PRIVACY
				|| field == RegistrationStep.DECLINED || field == RegistrationStep.COUNTRY_OTHER) {
			throw new IllegalArgumentException("Not an editable field: " + field);
		}
		this.editing = true;
		this.step = field;
	}

	/** Leaves an edit without a change. */
	void stopEditing() {
		if (this.editing) {
			this.editing = false;
			this.step = null;
		}
	}

	void keepStartPayload(String payload) {
		this.startPayload = payload;
	}

	/** The deep-link payload kept through registration, handed over once. */
	Optional<String> takeStartPayload() {
		Optional<String> payload = Optional.ofNullable(this.startPayload);
		this.startPayload = null;
		return payload;
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

	private void advance(RegistrationStep next) {
		if (this.editing) {
			this.editing = false;
			this.step = null;
		}
		else {
			this.step = next;
		}
	}

	private boolean needsZoneChoice() {
		return this.country == null || this.country.zone().isEmpty();
	}

	private void expect(RegistrationStep... steps) {
		for (RegistrationStep expected : steps) {
			if (this.step == expected) {
				return;
			}
		}
		throw new IllegalStateException("Educator " + this.id + " is at step " + this.step + ", not " + steps[0]);
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
	public boolean isRegistered() {
		return this.registeredAt != null;
	}

	/** The step the conversation waits for; empty when it waits for nothing. */
	public Optional<RegistrationStep> step() {
		return Optional.ofNullable(this.step);
	}

	/** True while the educator left the conversation with {@code /cancel}. */
	public boolean suspended() {
		return this.suspended;
	}

	/** The step whose answer the next text or button gives, unless suspended. */
	public Optional<RegistrationStep> awaiting() {
		return this.suspended ? Optional.empty() : step();
	}

	public boolean editing() {
		return this.editing;
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
