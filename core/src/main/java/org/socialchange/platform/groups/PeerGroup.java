package org.socialchange.platform.groups;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.translations.Language;

/**
 * A peer group: its texts per language, topics, place (country or international, and
 * network), primary language, join policy, capacity, facilitators, invite link and linked
 * Telegram chat. Members and requests live in their own tables ({@link Memberships}).
 */
@Entity
@Table(name = "peer_groups")
public class PeerGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Country country;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Network network;

	@Column(name = "primary_language", nullable = false)
	private String primaryLanguage;

	@Enumerated(EnumType.STRING)
	@Column(name = "join_policy", nullable = false)
	private JoinPolicy joinPolicy;

	private Integer capacity;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "peer_group_texts", joinColumns = @JoinColumn(name = "group_id"))
	@MapKeyColumn(name = "language")
	private Map<String, GroupText> texts = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "peer_group_topics", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "topic")
	@Enumerated(EnumType.STRING)
	private Set<Topic> topics = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "peer_group_facilitators", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "coordinator_id")
	private Set<Long> facilitators = new HashSet<>();

	@Column(name = "invite_token")
	private String inviteToken;

	@Column(name = "chat_id")
	private Long chatId;

	@Column(name = "chat_thread_id")
	private Integer chatThreadId;

	@Column(name = "chat_title")
	private String chatTitle;

	@Column(name = "chat_linked_at")
	private Instant chatLinkedAt;

	@Column(name = "chat_code_hash")
	private String chatCodeHash;

	@Column(name = "chat_code_expires")
	private Instant chatCodeExpires;

	@Column(name = "time_zone")
	private String timeZone;

	@Enumerated(EnumType.STRING)
	@Column(name = "digest_frequency", nullable = false)
	private DigestSchedule.Frequency digestFrequency = DigestSchedule.Frequency.OFF;

	@Column(name = "digest_day", nullable = false)
	private short digestDay = 1;

	@Column(name = "digest_hour", nullable = false)
	private short digestHour = 18;

	@Column(name = "digest_set_at")
	private Instant digestSetAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected PeerGroup() {
	}

	PeerGroup(PeerGroupDraft draft, Instant now) {
		this.createdAt = now;
		place(draft);
		describe(draft, now);
	}

	/** Texts, topics, primary language, policy and capacity: what a facilitator edits. */
	void describe(PeerGroupDraft draft, Instant now) {
		this.texts.clear();
		draft.texts().forEach((language, text) -> this.texts.put(language.code(), text));
		this.topics.clear();
		this.topics.addAll(draft.topics());
		this.primaryLanguage = draft.primaryLanguage().code();
		this.joinPolicy = draft.joinPolicy();
		this.capacity = draft.capacity();
		this.updatedAt = now;
	}

	/** Country, network and facilitators: what only a coordinator changes. */
	void place(PeerGroupDraft draft) {
		this.country = draft.country();
		this.network = draft.network();
		this.facilitators.clear();
		this.facilitators.addAll(draft.facilitators());
	}

	void inviteToken(String token, Instant now) {
		this.inviteToken = token;
		this.updatedAt = now;
	}

	void offerChatLink(String codeHash, Instant expires) {
		this.chatCodeHash = codeHash;
		this.chatCodeExpires = expires;
	}

	boolean chatCodeValid(Instant now) {
		return this.chatCodeHash != null && this.chatCodeExpires != null && now.isBefore(this.chatCodeExpires);
	}

	void linkChat(long chatId, Integer threadId, String title, Instant now) {
		this.chatId = chatId;
		this.chatThreadId = threadId;
		this.chatTitle = title;
		this.chatLinkedAt = now;
		this.chatCodeHash = null;
		this.chatCodeExpires = null;
		this.updatedAt = now;
	}

	void unlinkChat(Instant now) {
		this.chatId = null;
		this.chatThreadId = null;
		this.chatTitle = null;
		this.chatLinkedAt = null;
		this.updatedAt = now;
	}

	void digest(DigestSchedule schedule, Instant now) {
		this.digestFrequency = schedule.frequency();
		this.digestDay = (short) schedule.day().getValue();
		this.digestHour = (short) schedule.hour();
		this.timeZone = schedule.zone().getId();
		this.digestSetAt = now;
		this.updatedAt = now;
	}

	/**
	 * When its digest goes out; in the group's time zone, by default its country's (UTC
	 * for an international group until one is chosen).
	 */
	public DigestSchedule digest() {
		ZoneId zone = (this.timeZone != null) ? ZoneId.of(this.timeZone)
				: Optional.ofNullable(this.country).flatMap(Country::zone).orElse(ZoneOffset.UTC);
		return new DigestSchedule(this.digestFrequency, DayOfWeek.of(this.digestDay), this.digestHour, zone);
	}

	/** When the digest schedule was last set: no digest is due for a period before. */
	public Optional<Instant> digestSetAt() {
		return Optional.ofNullable(this.digestSetAt);
	}

	/** The group chat became a supergroup with a new id; the link stays. */
	void chatMigrated(long newChatId, Instant now) {
		this.chatId = newChatId;
		this.updatedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public Optional<Country> country() {
		return Optional.ofNullable(this.country);
	}

	public boolean international() {
		return this.country == null;
	}

	public Network network() {
		return this.network;
	}

	public Language primaryLanguage() {
		return Language.fromCode(this.primaryLanguage).orElse(Language.EN);
	}

	public JoinPolicy joinPolicy() {
		return this.joinPolicy;
	}

	public Optional<Integer> capacity() {
		return Optional.ofNullable(this.capacity);
	}

	/** Name and description per language. */
	public Map<Language, GroupText> texts() {
		Map<Language, GroupText> texts = new EnumMap<>(Language.class);
		this.texts.forEach((code, text) -> Language.fromCode(code).ifPresent((language) -> texts.put(language, text)));
		return texts;
	}

	/**
	 * The text in this language, else in the group's primary language, else in any it
	 * has.
	 */
	public GroupText text(Language language) {
		Map<Language, GroupText> texts = texts();
		if (texts.containsKey(language)) {
			return texts.get(language);
		}
		if (texts.containsKey(primaryLanguage())) {
			return texts.get(primaryLanguage());
		}
		return texts.values().iterator().next();
	}

	/** The name in this language, else the group's own. */
	public String name(Language language) {
		return text(language).name();
	}

	public Set<Topic> topics() {
		return Set.copyOf(this.topics);
	}

	/** Ids of the admin-web accounts that facilitate the group. */
	public Set<Long> facilitators() {
		return Set.copyOf(this.facilitators);
	}

	public Optional<String> inviteToken() {
		return Optional.ofNullable(this.inviteToken);
	}

	public Optional<Long> chatId() {
		return Optional.ofNullable(this.chatId);
	}

	/** The forum topic where the platform posts, if the chat is a forum. */
	public Optional<Integer> chatThreadId() {
		return Optional.ofNullable(this.chatThreadId);
	}

	public Optional<String> chatTitle() {
		return Optional.ofNullable(this.chatTitle);
	}

	public Optional<Instant> chatLinkedAt() {
		return Optional.ofNullable(this.chatLinkedAt);
	}

	String chatCodeHash() {
		return this.chatCodeHash;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
