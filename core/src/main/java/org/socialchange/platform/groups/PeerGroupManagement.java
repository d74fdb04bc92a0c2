package org.socialchange.platform.groups;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;

/**
 * The entry point of peer groups: coordinators create and place them, facilitators edit
 * their own and decide requests (scopes in {@link GroupAccess}); members of the network
 * browse, join, ask to join, leave and see fellow members as each one's visibility
 * allows; pending educators see no group and no one.
 */
@Service
@Transactional(readOnly = true)
public class PeerGroupManagement {

	/** How long a code that links a group chat stays valid. */
	public static final Duration CHAT_CODE_VALIDITY = Duration.ofMinutes(30);

	static final String GROUP_INVITE = "g-";

	private final PeerGroups groups;

	private final Memberships memberships;

	private final EducatorManagement educators;

	private final CoordinatorManagement coordinators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeerGroupManagement(PeerGroups groups, Memberships memberships, EducatorManagement educators,
			CoordinatorManagement coordinators, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.memberships = memberships;
		this.educators = educators;
		this.coordinators = coordinators;
		this.events = events;
		this.clock = clock;
	}

	// The admin web

	/** The groups the account sees, oldest first. */
	public List<PeerGroup> all(GroupAccess access) {
		return this.groups.findAllByOrderById().stream().filter(access::sees).toList();
	}

	/** A group the account sees; {@link GroupNotFound} otherwise. */
	public PeerGroup find(long id, GroupAccess access) {
		return this.groups.findById(id).filter(access::sees).orElseThrow(() -> new GroupNotFound(id));
	}

	/** How many members a group has. */
	public long memberCount(long groupId) {
		return this.memberships.count(groupId);
	}

	@Transactional
	public PeerGroup create(PeerGroupDraft draft, GroupAccess access) {
		if (!access.places()) {
			throw new OutOfScope("Only administrators and coordinators create groups");
		}
		requirePlace(draft, access);
		PeerGroup group = this.groups.save(new PeerGroup(draft, this.clock.instant()));
		changed(access.by(), "group.created", group, summary(group));
		return group;
	}

	/**
	 * Saves the form: a facilitator changes texts, topics, language, policy and capacity;
	 * a coordinator also the country, network and facilitators, within their scope.
	 */
	@Transactional
	public PeerGroup edit(long id, PeerGroupDraft draft, GroupAccess access) {
		PeerGroup group = changeable(id, access);
		if (access.places()) {
			requirePlace(draft, access);
			group.place(draft);
		}
		group.describe(draft, this.clock.instant());
		PeerGroup saved = this.groups.save(group);
		changed(access.by(), "group.edited", saved, summary(saved));
		return saved;
	}

	/** When the group's digest goes out; its facilitators and coordinators set it. */
	@Transactional
	public PeerGroup digest(long id, DigestSchedule schedule, GroupAccess access) {
		PeerGroup group = changeable(id, access);
		group.digest(schedule, this.clock.instant());
		changed(access.by(), "group.digest-scheduled", group,
				schedule.frequency() + " " + schedule.day() + " " + schedule.hour() + ":00 " + schedule.zone().getId());
		return this.groups.save(group);
	}

	/** The groups whose digest is not off. */
	public List<PeerGroup> withDigests() {
		return this.groups.findByDigestFrequencyNotOrderById(DigestSchedule.Frequency.OFF);
	}

	/** A new invite link payload for the group; the previous one stops working. */
	@Transactional
	public String renewInvite(long id, GroupAccess access) {
		PeerGroup group = changeable(id, access);
		String token = Tokens.invite(GROUP_INVITE);
		group.inviteToken(token, this.clock.instant());
		changed(access.by(), "group.invite-renewed", group, null);
		return token;
	}

	@Transactional
	public void revokeInvite(long id, GroupAccess access) {
		PeerGroup group = changeable(id, access);
		group.inviteToken(null, this.clock.instant());
		changed(access.by(), "group.invite-revoked", group, null);
	}

	/**
	 * A one-time code that links a Telegram group chat to the group when sent there as
	 * {@code /link CODE}; valid for {@link #CHAT_CODE_VALIDITY}, kept only as a hash.
	 */
	@Transactional
	public String offerChatLink(long id, GroupAccess access) {
		return offerChatLink(changeable(id, access));
	}

	/** The same, for a facilitator asking in their private chat with the bot. */
	@Transactional
	public Optional<String> offerChatLink(long id, TelegramUserId facilitator) {
		return facilitatorAccess(facilitator).flatMap((access) -> this.groups.findById(id).filter(access::changes))
			.map(this::offerChatLink);
	}

	private String offerChatLink(PeerGroup group) {
		String code = Tokens.code();
		group.offerChatLink(Tokens.hash(code), this.clock.instant().plus(CHAT_CODE_VALIDITY));
		this.groups.save(group);
		return code;
	}

	@Transactional
	public void unlinkChat(long id, GroupAccess access) {
		PeerGroup group = changeable(id, access);
		if (group.chatId().isPresent()) {
			group.unlinkChat(this.clock.instant());
			changed(access.by(), "group.chat-unlinked", group, null);
		}
	}

	/** The members, each by name only when the account may see them. */
	public MemberList members(long id, GroupAccess access) {
		PeerGroup group = find(id, access);
		return list(this.memberships.members(group.id()),
				(educator) -> access.seesHiddenMembers() || educator.visibility() != Visibility.COORDINATORS);
	}

	/**
	 * The open join requests; an applicant who keeps their profile to coordinators
	 * appears to a facilitator without name, region or role.
	 */
	public List<GroupMember> requests(long id, GroupAccess access) {
		PeerGroup group = find(id, access);
		List<Memberships.Row> rows = this.memberships.requests(group.id());
		Map<Long, Educator> educators = educators(rows);
		List<GroupMember> requests = new ArrayList<>();
		for (Memberships.Row row : rows) {
			Educator educator = educators.get(row.educatorId());
			if (educator != null) {
				GroupMember member = GroupMember.of(educator, row.at());
				boolean named = access.seesHiddenMembers() || educator.visibility() != Visibility.COORDINATORS;
				requests.add(named ? member : new GroupMember(member.educatorId(), "", member.country(),
						Optional.empty(), Optional.empty(), member.visibility(), member.since()));
			}
		}
		return requests;
	}

	/** Approves or declines a request from the admin web. */
	@Transactional
	public JoinOutcome decide(long groupId, EducatorId educatorId, boolean approve, GroupAccess access) {
		return decide(changeable(groupId, access), educatorId, approve, access.by());
	}

	/** Approves or declines a request from a facilitator's Approve / Decline buttons. */
	@Transactional
	public JoinOutcome decide(long groupId, EducatorId educatorId, boolean approve, TelegramUserId facilitator) {
		Optional<GroupAccess> access = facilitatorAccess(facilitator);
		Optional<PeerGroup> group = access.flatMap((granted) -> this.groups.findById(groupId).filter(granted::changes));
		if (group.isEmpty()) {
			return JoinOutcome.NOT_FOUND;
		}
		return decide(group.get(), educatorId, approve, access.get().by());
	}

	private JoinOutcome decide(PeerGroup group, EducatorId educatorId, boolean approve, String by) {
		Optional<Educator> educator = this.educators.byId(educatorId);
		if (educator.isEmpty() || !this.memberships.hasRequested(group.id(), educatorId.value())) {
			return this.memberships.isMember(group.id(), educatorId.value()) ? JoinOutcome.ALREADY_MEMBER
					: JoinOutcome.NOT_FOUND;
		}
		if (approve && full(group)) {
			return JoinOutcome.FULL;
		}
		if (approve) {
			this.memberships.add(group.id(), educatorId.value(), this.clock.instant());
		}
		else {
			this.memberships.removeRequest(group.id(), educatorId.value());
		}
		this.events.publishEvent(new JoinDecided(group.id(), educatorId, ChatId.of(educator.get().chatId()),
				educator.get().language(), approve, by));
		return approve ? JoinOutcome.JOINED : JoinOutcome.REQUESTED;
	}

	/**
	 * The Telegram chats of the group's facilitators who linked their account, to ask
	 * them about a request.
	 */
	public List<Facilitator> facilitators(long groupId) {
		return this.groups.findById(groupId)
			.map((group) -> group.facilitators()
				.stream()
				.map(this.coordinators::find)
				.flatMap(Optional::stream)
				.filter((coordinator) -> !coordinator.disabled())
				.flatMap((coordinator) -> coordinator.telegram()
					.map((link) -> new Facilitator(coordinator.id(), link.userId(), link.chatId()))
					.stream())
				.toList())
			.orElse(List.of());
	}

	/** A facilitator's Telegram account, where the bot asks them. */
	public record Facilitator(long accountId, long telegramUserId, long chatId) {
	}

	// The bot

	/** Any group by id, to show it to an educator who may see groups. */
	public Optional<PeerGroup> group(long id) {
		return this.groups.findById(id);
	}

	/**
	 * The groups a member of the network may join: not theirs yet, not asked for yet,
	 * matching the filter, a page of {@code size} at a time (the last page when the index
	 * is past it); nothing for a pending educator.
	 */
	public GroupPage browse(Educator educator, GroupFilter filter, int page, int size) {
		if (!educator.isMember()) {
			return new GroupPage(List.of(), 0, 1, 0);
		}
		Set<Long> taken = new LinkedHashSet<>();
		this.memberships.groupsOf(educator.id()).forEach((row) -> taken.add(row.groupId()));
		this.memberships.requestsOf(educator.id()).forEach((row) -> taken.add(row.groupId()));
		Comparator<PeerGroup> byName = Comparator.comparing((PeerGroup group) -> group.name(educator.language()),
				String.CASE_INSENSITIVE_ORDER);
		List<PeerGroup> matching = this.groups.findAllByOrderById()
			.stream()
			.filter((group) -> !taken.contains(group.id()) && filter.matches(group))
			.sorted(byName.thenComparing(PeerGroup::id))
			.toList();
		int pages = Math.max(1, (matching.size() + size - 1) / size);
		int index = Math.max(0, Math.min(page, pages - 1));
		List<PeerGroup> shown = matching.subList(index * size, Math.min(matching.size(), (index + 1) * size));
		return new GroupPage(List.copyOf(shown), index, pages, matching.size());
	}

	/** The groups the educator is a member of, oldest membership first. */
	public List<PeerGroup> mine(EducatorId educator) {
		return groupsOf(this.memberships.groupsOf(educator.value()));
	}

	/** The groups the educator asked to join and waits for. */
	public List<PeerGroup> requested(EducatorId educator) {
		return groupsOf(this.memberships.requestsOf(educator.value()));
	}

	public boolean isMember(long groupId, EducatorId educator) {
		return this.memberships.isMember(groupId, educator.value());
	}

	/** Whether the educator asked to join the group and waits for a decision. */
	public boolean hasRequested(long groupId, EducatorId educator) {
		return this.memberships.hasRequested(groupId, educator.value());
	}

	/**
	 * A member of the network joins an open group at once, or asks to join one that
	 * admits by approval ({@link JoinRequested} tells its facilitators).
	 */
	@Transactional
	public JoinOutcome join(Educator educator, long groupId) {
		if (!educator.isMember()) {
			return JoinOutcome.NOT_ADMITTED;
		}
		Optional<PeerGroup> found = this.groups.findById(groupId);
		if (found.isEmpty()) {
			return JoinOutcome.NOT_FOUND;
		}
		PeerGroup group = found.get();
		if (this.memberships.isMember(groupId, educator.id())) {
			return JoinOutcome.ALREADY_MEMBER;
		}
		if (this.memberships.hasRequested(groupId, educator.id())) {
			return JoinOutcome.ALREADY_REQUESTED;
		}
		if (full(group)) {
			return JoinOutcome.FULL;
		}
		if (group.joinPolicy() == JoinPolicy.APPROVAL) {
			this.memberships.request(groupId, educator.id(), this.clock.instant());
			this.events.publishEvent(new JoinRequested(groupId, EducatorId.of(educator.id())));
			return JoinOutcome.REQUESTED;
		}
		this.memberships.add(groupId, educator.id(), this.clock.instant());
		return JoinOutcome.JOINED;
	}

	/**
	 * An educator opened a group's invite link: they become a member of the network and
	 * of the group (whatever its policy: the link is the invitation), unless it is full.
	 * Empty when the link is unknown or revoked.
	 */
	@Transactional
	public Optional<Invited> acceptInvite(Educator educator, String payload) {
		Optional<PeerGroup> found = this.groups.findByInviteToken(payload);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PeerGroup group = found.get();
		Educator member = this.educators.admitByInvite(TelegramUserId.of(educator.telegramUserId()));
		JoinOutcome outcome;
		if (this.memberships.isMember(group.id(), member.id())) {
			outcome = JoinOutcome.ALREADY_MEMBER;
		}
		else if (full(group)) {
			outcome = JoinOutcome.FULL;
		}
		else {
			this.memberships.add(group.id(), member.id(), this.clock.instant());
			outcome = JoinOutcome.JOINED;
		}
		return Optional.of(new Invited(group, member, outcome));
	}

	/** What an invite link did: the group, the educator as they are now, the outcome. */
	public record Invited(PeerGroup group, Educator educator, JoinOutcome outcome) {
	}

	@Transactional
	public boolean leave(Educator educator, long groupId) {
		boolean left = this.memberships.remove(groupId, educator.id());
		boolean withdrawn = this.memberships.removeRequest(groupId, educator.id());
		return left || withdrawn;
	}

	/**
	 * The members a fellow member sees: those who show themselves to their peer groups or
	 * the whole network, and the viewer; the others are only counted. Empty for someone
	 * who is not in the group.
	 */
	public Optional<MemberList> members(Educator viewer, long groupId) {
		if (!viewer.isMember() || !this.memberships.isMember(groupId, viewer.id())) {
			return Optional.empty();
		}
		return Optional.of(list(this.memberships.members(groupId),
				(educator) -> educator.id().equals(viewer.id()) || educator.visibility() != Visibility.COORDINATORS));
	}

	// Broadcasts

	/**
	 * The groups a coordinator of this scope may address: of their countries and networks
	 * (international ones only without a country restriction).
	 */
	public List<PeerGroup> inScope(EducatorScope scope) {
		GroupAccess access = new GroupAccess(0, "", CoordinatorRole.COORDINATOR, scope);
		return this.groups.findAllByOrderById().stream().filter(access::sees).toList();
	}

	/** Members of the groups (those in the scope), each once. */
	public List<EducatorId> memberIds(Collection<Long> groupIds, EducatorScope scope) {
		Set<Long> allowed = inScope(scope).stream().map(PeerGroup::id).collect(Collectors.toSet());
		return this.memberships.memberIds(groupIds.stream().filter(allowed::contains).toList())
			.stream()
			.map(EducatorId::of)
			.toList();
	}

	// helpers

	private PeerGroup changeable(long id, GroupAccess access) {
		PeerGroup group = find(id, access);
		if (!access.changes(group)) {
			throw new OutOfScope("A viewer changes no group");
		}
		return group;
	}

	private void requirePlace(PeerGroupDraft draft, GroupAccess access) {
		if (!access.covers(draft.country(), draft.network())) {
			throw new OutOfScope("The group's country or network is outside the account's scope");
		}
		for (Long facilitator : draft.facilitators()) {
			Coordinator account = this.coordinators.find(facilitator)
				.filter((found) -> !found.disabled())
				.orElseThrow(() -> new IllegalArgumentException("No account " + facilitator + " to facilitate"));
			if (account.role() == CoordinatorRole.VIEWER) {
				throw new IllegalArgumentException("A viewer cannot facilitate a group");
			}
		}
	}

	private Optional<GroupAccess> facilitatorAccess(TelegramUserId user) {
		return this.coordinators.findByTelegramUser(user.value())
			.map((coordinator) -> new GroupAccess(coordinator.id(), coordinator.email(), coordinator.role(),
					coordinator.scope()));
	}

	private boolean full(PeerGroup group) {
		return group.capacity().filter((capacity) -> this.memberships.count(group.id()) >= capacity).isPresent();
	}

	private MemberList list(List<Memberships.Row> rows, java.util.function.Predicate<Educator> shown) {
		Map<Long, Educator> educators = educators(rows);
		List<GroupMember> visible = new ArrayList<>();
		int hidden = 0;
		for (Memberships.Row row : rows) {
			Educator educator = educators.get(row.educatorId());
			if (educator == null) {
				continue;
			}
			if (shown.test(educator)) {
				visible.add(GroupMember.of(educator, row.at()));
			}
			else {
				hidden++;
			}
		}
		return new MemberList(visible, hidden);
	}

	private Map<Long, Educator> educators(List<Memberships.Row> rows) {
		return this.educators.findAll(rows.stream().map((row) -> EducatorId.of(row.educatorId())).toList())
			.stream()
			.collect(Collectors.toMap(Educator::id, Function.identity()));
	}

	private List<PeerGroup> groupsOf(List<Memberships.Row> rows) {
		Map<Long, PeerGroup> groups = this.groups.findAllById(rows.stream().map(Memberships.Row::groupId).toList())
			.stream()
			.collect(Collectors.toMap(PeerGroup::id, Function.identity()));
		return rows.stream().map((row) -> groups.get(row.groupId())).filter(java.util.Objects::nonNull).toList();
	}

	private void changed(String by, String action, PeerGroup group, String details) {
		this.events.publishEvent(new GroupChanged(by, action, group.id(), details));
	}

	private static String summary(PeerGroup group) {
		return "Name: " + group.name(group.primaryLanguage()) + "; country: "
				+ group.country().map(Enum::name).orElse("international") + "; network: " + group.network()
				+ "; policy: " + group.joinPolicy() + "; capacity: "
				+ group.capacity().map(String::valueOf).orElse("none") + "; languages: "
				+ group.texts().keySet().stream().map((language) -> language.code()).sorted().toList()
				+ "; facilitators: " + group.facilitators().stream().sorted().toList();
	}

}
