package org.socialchange.platform.broadcasts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.educators.EducatorAudience;
import org.socialchange.platform.educators.EducatorAudience.Recipient;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.groups.GroupChats;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;

/**
 * The entry point of broadcasts: previews a draft's audience, schedules a broadcast by
 * putting one message per recipient in the delivery outbox (after a second coordinator's
 * approval when it goes to many), sends tests only to the coordinator's own linked
 * Telegram account, reports progress and cancels what is not yet sent.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(BroadcastSettings.class)
public class BroadcastManagement {

	static final String SOURCE = "broadcast";

	static final String TEST_SOURCE = "broadcast-test";

	private static final int TEST_PRIORITY = 10;

	private static final Duration TEST_EXPIRY = Duration.ofHours(1);

	private static final Duration RATE_WINDOW = Duration.ofSeconds(10);

	private final Broadcasts broadcasts;

	private final EducatorAudience audience;

	private final DeliveryManagement deliveries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CoordinatorManagement coordinators;

	private final BroadcastSettings settings;

	private final PeerGroupManagement groups;

	private final GroupChats groupChats;

	BroadcastManagement(Broadcasts broadcasts, EducatorAudience audience, DeliveryManagement deliveries,
			ApplicationEventPublisher events, Clock clock, CoordinatorManagement coordinators,
			BroadcastSettings settings, PeerGroupManagement groups, GroupChats groupChats) {
		this.groups = groups;
		this.groupChats = groupChats;
		this.broadcasts = broadcasts;
		this.audience = audience;
		this.deliveries = deliveries;
		this.events = events;
		this.clock = clock;
		this.coordinators = coordinators;
		this.settings = settings;
	}

	/**
	 * How many educators inside the scope the draft reaches; an audience naming countries
	 * or networks outside the scope is refused.
	 */
	public AudiencePreview preview(BroadcastDraft draft, EducatorScope scope) {
		Map<Language, Long> counts;
		if (draft.groups().isEmpty()) {
			counts = this.audience.countByLanguage(inside(draft, scope), scope);
		}
		else {
			counts = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				counts.put(language, 0L);
			}
			recipients(draft.withAudience(inside(draft, scope)), scope)
				.forEach((recipient) -> counts.merge(recipient.language(), 1L, Long::sum));
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		long fallback = counts.entrySet()
			.stream()
			.filter((entry) -> !draft.hasOwnText(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		return new AudiencePreview(counts, total, fallback);
	}

	/**
	 * Schedules a broadcast: every recipient's message is in the outbox when this
	 * returns, unless it goes to more people than the approval threshold: then it waits,
	 * with nothing in the outbox, for a second coordinator's {@link #approve}.
	 */
	@Transactional
	public Broadcast schedule(BroadcastDraft draft, String by, EducatorScope scope) {
		check(draft);
		draft = draft.withAudience(inside(draft, scope));
		Instant now = this.clock.instant();
		List<Recipient> recipients = recipients(draft, scope);
		boolean needsApproval = Broadcast.needsApproval(recipients.size(), this.settings.approvalThreshold());
		Broadcast broadcast = this.broadcasts.save(new Broadcast(draft, by, now, recipients.size(), needsApproval));
		if (needsApproval) {
			this.events.publishEvent(new BroadcastSubmitted(broadcast.id(), by, recipients.size(), summary(broadcast)));
		}
		else {
			enqueue(broadcast, draft, recipients, now);
			this.events.publishEvent(new BroadcastScheduled(broadcast.id(), by, recipients.size(), summary(broadcast)));
		}
		return broadcast;
	}

	/**
	 * A second coordinator, whose scope covers the audience, approves a broadcast
	 * awaiting approval: it is scheduled to its audience as it is now, and "now" means
	 * now.
	 * @throws SelfApprovalRefused when its author tries
	 */
	@Transactional
	public Broadcast approve(long id, String by, EducatorScope scope) {
		Broadcast broadcast = find(id, scope);
		Instant now = this.clock.instant();
		inside(broadcast.draft(), scope);
		List<Recipient> recipients = recipients(broadcast.draft(), scope);
		broadcast.approve(by, now, recipients.size());
		enqueue(broadcast, broadcast.draft(), recipients, now);
		this.events.publishEvent(new BroadcastApproved(id, by, recipients.size(), summary(broadcast)));
		return broadcast;
	}

	/** Rejects a broadcast awaiting approval, or withdraws it when its author asks. */
	@Transactional
	public Broadcast reject(long id, String by, EducatorScope scope) {
		Broadcast broadcast = find(id, scope);
		broadcast.reject(by, this.clock.instant());
		this.events.publishEvent(
				new BroadcastRejected(id, by, broadcast.recipients(), broadcast.createdBy().equalsIgnoreCase(by)));
		return broadcast;
	}

	private void enqueue(Broadcast broadcast, BroadcastDraft draft, List<Recipient> recipients, Instant now) {
		Instant expiresAt = broadcast.expiresAt().orElse(null);
		List<NewDelivery> messages = new ArrayList<>(recipients.size());
		for (Recipient recipient : recipients) {
			messages.add(new NewDelivery(recipient.educatorId(), recipient.chatId(),
					draft.textFor(recipient.language()), broadcast.linkText().orElse(null),
					broadcast.linkUrl().orElse(null), notBefore(draft, recipient, now), expiresAt));
		}
		if (broadcast.postToGroupChats()) {
			for (GroupChats.GroupChat chat : this.groupChats.linkedChats(broadcast.groups())) {
				Language language = chat.language();
				messages.add(new NewDelivery(null, ChatId.of(chat.chatId()), chat.threadId(), draft.textFor(language),
						broadcast.linkText().orElse(null), broadcast.linkUrl().orElse(null),
						notBefore(draft, new Recipient(null, ChatId.of(chat.chatId()), language, null), now),
						expiresAt));
			}
		}
		this.deliveries.enqueue(SOURCE, broadcast.id(), 0, messages);
	}

	/**
	 * The educators the draft reaches inside the scope: its audience, and of them only
	 * the members of its peer groups when it names some (groups outside the scope count
	 * as none).
	 */
	private List<Recipient> recipients(BroadcastDraft draft, EducatorScope scope) {
		List<Recipient> recipients = this.audience.recipients(draft.audience(), scope);
		if (draft.groups().isEmpty()) {
			return recipients;
		}
		Set<EducatorId> members = new HashSet<>(this.groups.memberIds(draft.groups(), scope));
		return recipients.stream().filter((recipient) -> members.contains(recipient.educatorId())).toList();
	}

	/**
	 * Sends the draft's text in one language to the coordinator's own linked Telegram
	 * account, ahead of bulk messages, without scheduling anything; to no one else.
	 * @throws TelegramNotLinked when the coordinator has not linked an account
	 */
	@Transactional
	public void sendTest(BroadcastDraft draft, Language language, String by, EducatorScope scope) {
		check(draft);
		inside(draft, scope);
		ChatId chatId = this.coordinators.telegram(by)
			.map((link) -> ChatId.of(link.chatId()))
			.orElseThrow(() -> new TelegramNotLinked(by));
		Instant now = this.clock.instant();
		String linkText = draft.hasLink() ? draft.linkText().strip() : null;
		String linkUrl = draft.hasLink() ? draft.linkUrl().strip() : null;
		this.deliveries.enqueue(TEST_SOURCE, null, TEST_PRIORITY, List
			.of(new NewDelivery(null, chatId, draft.textFor(language), linkText, linkUrl, now, now.plus(TEST_EXPIRY))));
		this.events.publishEvent(new BroadcastTestSent(by, language.code()));
	}

	/** When a recipient's message may go: never before now. */
	static Instant notBefore(BroadcastDraft draft, Recipient recipient, Instant now) {
		Instant time = switch (draft.timing()) {
			case NOW -> now;
			case AT -> draft.at().atZone(draft.zone()).toInstant();
			case LOCAL -> draft.at().atZone((recipient.zone() != null) ? recipient.zone() : draft.zone()).toInstant();
		};
		return time.isBefore(now) ? now : time;
	}

	private static void check(BroadcastDraft draft) {
		if (!draft.hasOwnText(draft.fallback())) {
			throw new IllegalArgumentException("The fallback language " + draft.fallback() + " has no text");
		}
		draft.texts().values().forEach((text) -> {
			if (text != null && text.length() > BroadcastDraft.MAX_TEXT) {
				throw new IllegalArgumentException("A text is longer than " + BroadcastDraft.MAX_TEXT);
			}
		});
		if (draft.timing() != Timing.NOW && draft.at() == null) {
			throw new IllegalArgumentException("A scheduled broadcast needs a date and time");
		}
	}

	private static String summary(Broadcast broadcast) {
		ZoneId zone = broadcast.zone();
		String when = switch (broadcast.timing()) {
			case NOW -> "now";
			case AT -> "at " + broadcast.sendAt().orElseThrow().atZone(zone).toLocalDateTime() + " " + zone;
			case LOCAL -> "at " + broadcast.localTime().orElseThrow() + " local time";
		};
		String link = broadcast.linkUrl()
			.map((url) -> ", link \"" + broadcast.linkText().orElse("") + "\" to " + url)
			.orElse("");
		String groups = broadcast.groups().isEmpty() ? ""
				: ", peer groups " + broadcast.groups().stream().sorted().toList()
						+ (broadcast.postToGroupChats() ? " and their chats" : "");
		return "\"" + broadcast.title() + "\" in " + broadcast.texts().keySet() + ", " + when + link + groups;
	}

	/** Cancels a broadcast: nothing of it not yet sent goes out any more. */
	@Transactional
	public BroadcastProgress cancel(long id, String by, EducatorScope scope) {
		Broadcast broadcast = find(id, scope);
		broadcast.cancel(by, this.clock.instant());
		int unsent = this.deliveries.cancel(SOURCE, id, "Broadcast cancelled by " + by);
		this.events.publishEvent(new BroadcastCancelled(id, by, broadcast.recipients(), unsent));
		return progress(id, scope);
	}

	public BroadcastProgress progress(long id, EducatorScope scope) {
		find(id, scope);
		Instant now = this.clock.instant();
		long recent = this.deliveries.sentSince(SOURCE, id, now.minus(RATE_WINDOW));
		return BroadcastProgress.of(this.deliveries.countByState(SOURCE, id),
				recent / (double) RATE_WINDOW.toSeconds());
	}

	/** The broadcast; not found when its audience is not inside the scope. */
	public Broadcast find(long id, EducatorScope scope) {
		return this.broadcasts.findById(id)
			.filter((broadcast) -> scope.covers(broadcast.audience()))
			.orElseThrow(() -> new BroadcastNotFound(id));
	}

	/** The broadcasts whose audience is inside the scope, newest first. */
	public List<Broadcast> all(EducatorScope scope) {
		return this.broadcasts.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter((broadcast) -> scope.covers(broadcast.audience()))
			.toList();
	}

	/**
	 * The draft's audience restricted to the scope; refused when it names a country or
	 * network outside it.
	 */
	private EducatorAudience.Filter inside(BroadcastDraft draft, EducatorScope scope) {
		if (!draft.groups().isEmpty()) {
			Set<Long> allowed = new HashSet<>();
			this.groups.inScope(scope).forEach((group) -> allowed.add(group.id()));
			if (!allowed.containsAll(draft.groups())) {
				throw new OutOfScope("A peer group of the audience is not inside the scope");
			}
		}
		EducatorAudience.Filter audience = scope.restrict(draft.audience());
		if (!scope.covers(audience)) {
			throw new OutOfScope("The audience is not inside the scope");
		}
		return audience;
	}

	/**
	 * The broadcasts inside the scope that wait for a second coordinator's approval,
	 * oldest first.
	 */
	public List<Broadcast> awaitingApproval(EducatorScope scope) {
		return this.broadcasts.findByStatusOrderByCreatedAtAsc(BroadcastStatus.AWAITING_APPROVAL)
			.stream()
			.filter((broadcast) -> scope.covers(broadcast.audience()))
			.toList();
	}

}
