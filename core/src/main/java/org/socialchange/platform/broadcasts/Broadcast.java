package org.socialchange.platform.broadcasts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorAudience;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.translations.Language;

/**
 * A broadcast a coordinator scheduled: its texts, audience and timing as composed, how
 * many recipients it had, whether it waits for a second coordinator's approval (nothing
 * is in the outbox until then), was rejected, or was cancelled; once scheduled its
 * messages are in the outbox.
 */
@Entity
@Table(name = "broadcasts")
public class Broadcast {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "broadcast_texts", joinColumns = @JoinColumn(name = "broadcast_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "text")
	private Map<String, String> texts = new java.util.TreeMap<>();

	@Column(name = "fallback_language", nullable = false)
	private String fallbackLanguage;

	@Column(name = "link_text")
	private String linkText;

	@Column(name = "link_url")
	private String linkUrl;

	@Column(nullable = false)
	private String countries;

	@Column(nullable = false)
	private String languages;

	@Column(nullable = false)
	private String networks;

	@Column(name = "peer_groups", nullable = false)
	private String peerGroups = "";

	@Column(name = "post_to_group_chats", nullable = false)
	private boolean postToGroupChats;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Timing timing;

	@Column(name = "send_at")
	private Instant sendAt;

	@Column(name = "local_time")
	private LocalDateTime localTime;

	@Column(nullable = false)
	private String zone;

	@Column(name = "expires_at")
	private Instant expiresAt;

	private int recipients;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "cancelled_by")
	private String cancelledBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BroadcastStatus status = BroadcastStatus.SCHEDULED;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "rejected_by")
	private String rejectedBy;

	@Column(name = "rejected_at")
	private Instant rejectedAt;

	protected Broadcast() {
	}

	Broadcast(BroadcastDraft draft, String createdBy, Instant now, int recipients, boolean needsApproval) {
		this(draft, createdBy, now, recipients);
		if (needsApproval) {
			this.status = BroadcastStatus.AWAITING_APPROVAL;
		}
	}

	Broadcast(BroadcastDraft draft, String createdBy, Instant now, int recipients) {
		this.createdBy = createdBy;
		this.createdAt = now;
		draft.texts().forEach((language, text) -> {
			if (text != null && !text.isBlank()) {
				this.texts.put(language.code(), text);
			}
		});
		this.fallbackLanguage = draft.fallback().code();
		if (draft.hasLink()) {
			this.linkText = draft.linkText().strip();
			this.linkUrl = draft.linkUrl().strip();
		}
		this.countries = join(draft.audience().countries(), Country::name);
		this.languages = join(draft.audience().languages(), Language::code);
		this.networks = join(draft.audience().networks(), Network::name);
		this.peerGroups = draft.groups().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		this.postToGroupChats = draft.postToGroupChats() && !draft.groups().isEmpty();
		this.timing = draft.timing();
		this.zone = draft.zone().getId();
		if (draft.timing() == Timing.AT) {
			this.sendAt = draft.at().atZone(draft.zone()).toInstant();
		}
		else if (draft.timing() == Timing.LOCAL) {
			this.localTime = draft.at();
		}
		this.expiresAt = (draft.expiresAt() != null) ? draft.expiresAt().atZone(draft.zone()).toInstant() : null;
		this.recipients = recipients;
	}

	private static <T> String join(Set<T> values, Function<T, String> name) {
		return values.stream().map(name).sorted().collect(Collectors.joining(","));
	}

	/** True when more than {@code threshold} people would get it; 0 means always. */
	static boolean needsApproval(int recipients, int threshold) {
		return threshold <= 0 || recipients > threshold;
	}

	/**
	 * A second coordinator approves: the broadcast is scheduled now, to the audience as
	 * it is now.
	 * @throws SelfApprovalRefused when its author tries to approve it
	 */
	void approve(String by, Instant now, int recipients) {
		requireAwaitingApproval();
		if (this.createdBy.equalsIgnoreCase(by)) {
			throw new SelfApprovalRefused(this.id);
		}
		this.status = BroadcastStatus.SCHEDULED;
		this.approvedBy = by;
		this.approvedAt = now;
		this.recipients = recipients;
	}

	/** Its author withdraws it, or another coordinator rejects it; nothing is sent. */
	void reject(String by, Instant now) {
		requireAwaitingApproval();
		this.status = BroadcastStatus.REJECTED;
		this.rejectedBy = by;
		this.rejectedAt = now;
	}

	private void requireAwaitingApproval() {
		if (this.status != BroadcastStatus.AWAITING_APPROVAL) {
			throw new IllegalStateException("Broadcast " + this.id + " is " + this.status + ", not awaiting approval");
		}
	}

	/** Marks the broadcast cancelled; its unsent messages are cancelled with it. */
	void cancel(String by, Instant now) {
		if (this.cancelledAt != null) {
			throw new IllegalStateException("Broadcast " + this.id + " is already cancelled");
		}
		if (this.status != BroadcastStatus.SCHEDULED) {
			throw new IllegalStateException("Broadcast " + this.id + " is " + this.status + ": reject it instead");
		}
		this.cancelledAt = now;
		this.cancelledBy = by;
	}

	public Long id() {
		return this.id;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Map<Language, String> texts() {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		this.texts.forEach((code, text) -> Language.fromCode(code).ifPresent((language) -> texts.put(language, text)));
		return texts;
	}

	public Language fallback() {
		return Language.fromCode(this.fallbackLanguage).orElse(Language.EN);
	}

	/** The first line of the fallback text, to name the broadcast in lists. */
	public String title() {
		String text = this.texts.getOrDefault(this.fallbackLanguage, "");
		String line = text.lines().findFirst().orElse("");
		return (line.length() > 80) ? line.substring(0, 80) + "…" : line;
	}

	public Optional<String> linkText() {
		return Optional.ofNullable(this.linkText);
	}

	public Optional<String> linkUrl() {
		return Optional.ofNullable(this.linkUrl);
	}

	public EducatorAudience.Filter audience() {
		return new EducatorAudience.Filter(split(this.countries, Country::valueOf),
				split(this.languages, (code) -> Language.fromCode(code).orElseThrow()),
				split(this.networks, Network::valueOf));
	}

	private static <T> Set<T> split(String values, Function<String, T> parse) {
		return values.isEmpty() ? Set.of() : Arrays.stream(values.split(",")).map(parse).collect(Collectors.toSet());
	}

	/** The peer groups whose members it is for; empty: no group restriction. */
	public Set<Long> groups() {
		return split(this.peerGroups, Long::valueOf);
	}

	/** Whether it is also posted into the linked chats of its groups. */
	public boolean postToGroupChats() {
		return this.postToGroupChats;
	}

	public Timing timing() {
		return this.timing;
	}

	public Optional<Instant> sendAt() {
		return Optional.ofNullable(this.sendAt);
	}

	public Optional<LocalDateTime> localTime() {
		return Optional.ofNullable(this.localTime);
	}

	public ZoneId zone() {
		return ZoneId.of(this.zone);
	}

	public Optional<Instant> expiresAt() {
		return Optional.ofNullable(this.expiresAt);
	}

	public int recipients() {
		return this.recipients;
	}

	public boolean cancelled() {
		return this.cancelledAt != null;
	}

	public Optional<String> cancelledBy() {
		return Optional.ofNullable(this.cancelledBy);
	}

	public BroadcastStatus status() {
		return this.status;
	}

	public boolean awaitingApproval() {
		return this.status == BroadcastStatus.AWAITING_APPROVAL;
	}

	public boolean rejected() {
		return this.status == BroadcastStatus.REJECTED;
	}

	public Optional<String> approvedBy() {
		return Optional.ofNullable(this.approvedBy);
	}

	public Optional<String> rejectedBy() {
		return Optional.ofNullable(this.rejectedBy);
	}

	/** The broadcast as it was composed, to schedule it once approved. */
	BroadcastDraft draft() {
		LocalDateTime at = switch (this.timing) {
			case NOW -> null;
			case AT -> this.sendAt.atZone(zone()).toLocalDateTime();
			case LOCAL -> this.localTime;
		};
		return new BroadcastDraft(texts(), fallback(), this.linkText, this.linkUrl, audience(), this.timing, at, zone(),
				(this.expiresAt != null) ? this.expiresAt.atZone(zone()).toLocalDateTime() : null, groups(),
				this.postToGroupChats);
	}

}
