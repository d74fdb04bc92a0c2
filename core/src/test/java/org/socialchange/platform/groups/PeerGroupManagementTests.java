package org.socialchange.platform.groups;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.coordinators.TelegramLink;
import org.socialchange.platform.educators.Admission;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorNotFound;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PrivacyManagement;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Peer groups on the real database: who may see and join what, how requests are decided,
 * what each viewer sees of the members, invite links, linked chats, scopes of each role,
 * and erasure.
 */
@PostgresJpaTest
@Import(PeerGroupManagementTests.Features.class)
class PeerGroupManagementTests {

	static final GroupAccess ADMIN = new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	static final GroupAccess GEORGIA = new GroupAccess(0, "gia@example.org", CoordinatorRole.COORDINATOR,
			EducatorScope.of(Set.of(Country.GE), Set.of()));

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	NetworkInvites invites;

	@Autowired
	GroupChats chats;

	@Autowired
	EducatorManagement educators;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	long next = 1;

	@Test
	void aPendingEducatorSeesNoGroupAndJoinsNone() {
		PeerGroup open = this.groups.create(draft("Yerevan teachers", Country.AM, JoinPolicy.OPEN, null), ADMIN);
		Educator pending = educator(Country.AM, Visibility.NETWORK, Admission.PENDING);

		assertThat(this.groups.browse(pending, GroupFilter.any(), 0, 5).groups()).isEmpty();
		assertThat(this.groups.join(pending, open.id())).isEqualTo(JoinOutcome.NOT_ADMITTED);
		assertThat(this.groups.members(pending, open.id())).isEmpty();
		assertThat(this.groups.memberCount(open.id())).isZero();
	}

	@Test
	void aMemberBrowsesByTopicAndCountryPageByPageAndJoinsAnOpenGroupAtOnce() {
		for (int i = 0; i < 7; i++) {
			this.groups.create(draft("Group " + i, Country.GE, JoinPolicy.OPEN, null), ADMIN);
		}
		PeerGroup international = this.groups.create(draft("Across borders", null, JoinPolicy.OPEN, null), ADMIN);
		Educator ani = educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);

		GroupPage first = this.groups.browse(ani, GroupFilter.any(), 0, 5);
		assertThat(first.total()).isEqualTo(8);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(this.groups.browse(ani, GroupFilter.any(), 9, 5).groups()).hasSize(3);
		assertThat(this.groups.browse(ani, new GroupFilter(null, null, true), 0, 5).groups())
			.containsExactly(international);
		assertThat(this.groups.browse(ani, new GroupFilter(Topic.MEDIA_LITERACY, null, false), 0, 5).total()).isZero();
		assertThat(this.groups.browse(ani, new GroupFilter(Topic.CIVIC_EDUCATION, Country.GE, false), 0, 5).total())
			.isEqualTo(7);

		assertThat(this.groups.join(ani, international.id())).isEqualTo(JoinOutcome.JOINED);
		assertThat(this.groups.join(ani, international.id())).isEqualTo(JoinOutcome.ALREADY_MEMBER);
		assertThat(this.groups.mine(EducatorId.of(ani.id()))).containsExactly(international);
		assertThat(this.groups.browse(ani, GroupFilter.any(), 0, 5).total()).isEqualTo(7);
		assertThat(this.groups.leave(ani, international.id())).isTrue();
		assertThat(this.groups.mine(EducatorId.of(ani.id()))).isEmpty();
	}

	@Test
	void aFacilitatorDecidesRequestsToAGroupThatAdmitsByApprovalUpToItsCapacity() {
		long nino = facilitator("nino@example.org", 7001);
		PeerGroup group = this.groups.create(draft("Tbilisi mentors", Country.GE, JoinPolicy.APPROVAL, 1, Set.of(nino)),
				ADMIN);
		Educator first = educator(Country.GE, Visibility.PEER_GROUPS, Admission.MEMBER);
		Educator second = educator(Country.AZ, Visibility.COORDINATORS, Admission.MEMBER);

		assertThat(this.groups.join(first, group.id())).isEqualTo(JoinOutcome.REQUESTED);
		assertThat(this.groups.join(first, group.id())).isEqualTo(JoinOutcome.ALREADY_REQUESTED);
		assertThat(this.groups.join(second, group.id())).isEqualTo(JoinOutcome.REQUESTED);
		assertThat(this.groups.facilitators(group.id())).extracting(PeerGroupManagement.Facilitator::chatId)
			.containsExactly(7001L);

		GroupAccess facilitatorAccess = new GroupAccess(nino, "nino@example.org", CoordinatorRole.FACILITATOR,
				EducatorScope.none());
		assertThat(this.groups.requests(group.id(), facilitatorAccess)).extracting(GroupMember::displayName)
			.containsExactly("Educator 1", "");
		assertThat(this.groups.decide(group.id(), EducatorId.of(first.id()), true, TelegramUserId.of(7001)))
			.isEqualTo(JoinOutcome.JOINED);
		assertThat(this.groups.decide(group.id(), EducatorId.of(second.id()), true, facilitatorAccess))
			.isEqualTo(JoinOutcome.FULL);
		// someone who facilitates nothing here cannot decide
		assertThat(this.groups.decide(group.id(), EducatorId.of(second.id()), false, TelegramUserId.of(9999)))
			.isEqualTo(JoinOutcome.NOT_FOUND);
		assertThat(this.groups.decide(group.id(), EducatorId.of(second.id()), false, facilitatorAccess))
			.isEqualTo(JoinOutcome.REQUESTED);
		assertThat(this.groups.requests(group.id(), ADMIN)).isEmpty();
		assertThat(this.groups.isMember(group.id(), EducatorId.of(first.id()))).isTrue();
		assertThat(this.groups.isMember(group.id(), EducatorId.of(second.id()))).isFalse();
		assertThat(this.audit.about("group:" + group.id())).extracting("action")
			.contains("group.created", "group.request-approved", "group.request-declined");
	}

	@Test
	void eachViewerSeesTheMembersTheirVisibilityAllows() {
		long nino = facilitator("nino@example.org", 7002);
		PeerGroup group = this.groups.create(draft("Gyumri", Country.AM, JoinPolicy.OPEN, null, Set.of(nino)), ADMIN);
		Educator peers = educator(Country.AM, Visibility.PEER_GROUPS, Admission.MEMBER);
		Educator network = educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		Educator coordinatorsOnly = educator(Country.AM, Visibility.COORDINATORS, Admission.MEMBER);
		Educator outsider = educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		for (Educator educator : new Educator[] { peers, network, coordinatorsOnly }) {
			assertThat(this.groups.join(educator, group.id())).isEqualTo(JoinOutcome.JOINED);
		}

		MemberList seenByPeer = this.groups.members(peers, group.id()).orElseThrow();
		assertThat(seenByPeer.shown()).extracting(GroupMember::educatorId).containsExactly(id(peers), id(network));
		assertThat(seenByPeer.hidden()).isEqualTo(1);
		// the hidden member sees themselves
		assertThat(this.groups.members(coordinatorsOnly, group.id()).orElseThrow().shown())
			.extracting(GroupMember::educatorId)
			.containsExactly(id(peers), id(network), id(coordinatorsOnly));
		assertThat(this.groups.members(outsider, group.id())).isEmpty();
		GroupAccess facilitator = new GroupAccess(nino, "nino@example.org", CoordinatorRole.FACILITATOR,
				EducatorScope.none());
		assertThat(this.groups.members(group.id(), facilitator).hidden()).isEqualTo(1);
		assertThat(this.groups.members(group.id(), ADMIN).shown()).hasSize(3);
	}

	@Test
	void eachRoleSeesAndChangesOnlyTheGroupsOfItsScope() {
		PeerGroup armenian = this.groups.create(draft("Yerevan", Country.AM, JoinPolicy.OPEN, null), ADMIN);
		PeerGroup georgian = this.groups.create(draft("Batumi", Country.GE, JoinPolicy.OPEN, null), GEORGIA);
		PeerGroup international = this.groups.create(draft("Everyone", null, JoinPolicy.OPEN, null), ADMIN);
		long nino = facilitator("nino@example.org", 7003);
		this.groups.edit(georgian.id(), draft("Batumi", Country.GE, JoinPolicy.OPEN, null, Set.of(nino)), GEORGIA);

		assertThat(this.groups.all(GEORGIA)).containsExactly(georgian);
		assertThat(this.groups.all(ADMIN)).containsExactly(armenian, georgian, international);
		assertThatExceptionOfType(GroupNotFound.class).isThrownBy(() -> this.groups.find(armenian.id(), GEORGIA));
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.groups.create(draft("Gyumri", Country.AM, JoinPolicy.OPEN, null), GEORGIA));
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.groups.create(draft("World", null, JoinPolicy.OPEN, null), GEORGIA));

		GroupAccess viewer = new GroupAccess(0, "v@example.org", CoordinatorRole.VIEWER, GEORGIA.scope());
		assertThat(this.groups.find(georgian.id(), viewer)).isEqualTo(georgian);
		assertThatExceptionOfType(OutOfScope.class).isThrownBy(() -> this.groups.renewInvite(georgian.id(), viewer));

		GroupAccess facilitator = new GroupAccess(nino, "nino@example.org", CoordinatorRole.FACILITATOR,
				EducatorScope.none());
		assertThat(this.groups.all(facilitator)).containsExactly(georgian);
		PeerGroup edited = this.groups.edit(georgian.id(),
				draft("Batumi teachers", Country.AM, JoinPolicy.APPROVAL, 12, Set.of()), facilitator);
		assertThat(edited.name(Language.EN)).isEqualTo("Batumi teachers");
		assertThat(edited.joinPolicy()).isEqualTo(JoinPolicy.APPROVAL);
		assertThat(edited.country()).contains(Country.GE);
		assertThat(edited.facilitators()).containsExactly(nino);
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.groups.create(draft("Mine", Country.GE, JoinPolicy.OPEN, null), facilitator));
	}

	@Test
	void aGroupHasANameInItsPrimaryLanguageAndShowsEachEducatorTheirOwn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PeerGroupDraft(Map.of(Language.RU, new GroupText("Учителя", null)), Set.of(),
					Country.AM, Network.ALUMNI, Language.HY, JoinPolicy.OPEN, null, Set.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupText(" ", null));
		PeerGroup group = this.groups.create(new PeerGroupDraft(
				Map.of(Language.HY, new GroupText("Ուսուցիչներ", "Գյումրի"), Language.RU,
						new GroupText("Учителя", "Гюмри")),
				Set.of(Topic.CIVIC_EDUCATION), Country.AM, Network.ALUMNI, Language.HY, JoinPolicy.OPEN, null,
				Set.of()), ADMIN);

		assertThat(group.name(Language.RU)).isEqualTo("Учителя");
		assertThat(group.name(Language.HY)).isEqualTo("Ուսուցիչներ");
		assertThat(group.name(Language.KA)).isEqualTo("Ուսուցիչներ");
	}

	@Test
	void anInviteLinkMakesAPendingEducatorAMemberAndBringsThemIntoTheGroupUntilRevoked() {
		PeerGroup group = this.groups.create(draft("Khujand", Country.TJ, JoinPolicy.APPROVAL, null), ADMIN);
		String token = this.groups.renewInvite(group.id(), ADMIN);
		assertThat(token).matches("g-[A-Za-z0-9_-]{22}");
		Educator pending = educator(Country.TJ, Visibility.NETWORK, Admission.PENDING);

		PeerGroupManagement.Invited invited = this.groups.acceptInvite(pending, token).orElseThrow();

		assertThat(invited.outcome()).isEqualTo(JoinOutcome.JOINED);
		assertThat(invited.educator().isMember()).isTrue();
		assertThat(this.groups.isMember(group.id(), id(pending))).isTrue();
		String renewed = this.groups.renewInvite(group.id(), ADMIN);
		assertThat(this.groups.acceptInvite(educator(Country.TJ, Visibility.NETWORK, Admission.PENDING), token))
			.isEmpty();
		this.groups.revokeInvite(group.id(), ADMIN);
		assertThat(this.groups.acceptInvite(educator(Country.TJ, Visibility.NETWORK, Admission.PENDING), renewed))
			.isEmpty();
	}

	@Test
	void aNetworkInviteMakesAMemberAndOnlyItsCountrysCoordinatorsSeeIt() {
		NetworkInvite invite = this.invites.create("Tbilisi workshop", Country.GE, Network.ALUMNI, GEORGIA);
		assertThat(invite.token()).matches("n-[A-Za-z0-9_-]{22}");
		assertThatExceptionOfType(OutOfScope.class)
			.isThrownBy(() -> this.invites.create("Baku", Country.AZ, Network.ALUMNI, GEORGIA));
		Educator pending = educator(Country.GE, Visibility.NETWORK, Admission.PENDING);

		assertThat(this.invites.accept(pending, invite.token()).orElseThrow().isMember()).isTrue();
		assertThat(this.invites.all(GEORGIA)).extracting(NetworkInvite::label).containsExactly("Tbilisi workshop");

		this.invites.revoke(invite.id(), GEORGIA);
		assertThat(this.invites.accept(educator(Country.GE, Visibility.NETWORK, Admission.PENDING), invite.token()))
			.isEmpty();
	}

	@Test
	void aCoordinatorApprovesOrDeclinesPendingEducatorsOfTheirCountryOnly() {
		Educator georgian = educator(Country.GE, Visibility.NETWORK, Admission.PENDING);
		Educator azerbaijani = educator(Country.AZ, Visibility.NETWORK, Admission.PENDING);
		Educator other = educator(Country.GE, Visibility.NETWORK, Admission.PENDING);

		assertThat(this.educators.pending(GEORGIA.scope())).extracting(Educator::id)
			.containsExactly(georgian.id(), other.id());
		assertThatExceptionOfType(EducatorNotFound.class)
			.isThrownBy(() -> this.educators.approve(id(azerbaijani), 1, "gia@example.org", GEORGIA.scope()));
		assertThat(this.educators.approve(id(georgian), 1, "gia@example.org", GEORGIA.scope()).isMember()).isTrue();
		assertThat(this.educators.decline(id(other), 1, "gia@example.org", GEORGIA.scope()).admission())
			.isEqualTo(Admission.DECLINED);
		assertThat(this.educators.pending(GEORGIA.scope())).isEmpty();
		assertThat(this.audit.about("educator:" + georgian.id())).extracting("action")
			.containsExactly("educator.approved");
	}

	@Test
	void aOneTimeCodeLinksAChatWhichFollowsAMigrationAndIsUnlinkedWhenTheBotLeaves() {
		PeerGroup group = this.groups.create(draft("Dushanbe", Country.TJ, JoinPolicy.OPEN, null), ADMIN);
		String code = this.groups.offerChatLink(group.id(), ADMIN);
		assertThat(this.chats.link("WRONG123", -100, null, "Chat", "telegram")).isEmpty();

		PeerGroup linked = this.chats.link(code.toLowerCase(), -100, 7, "Dushanbe teachers", "telegram").orElseThrow();
		assertThat(linked.chatId()).contains(-100L);
		assertThat(linked.chatThreadId()).contains(7);
		assertThat(this.chats.link(code, -200, null, "Again", "telegram")).as("a code works once").isEmpty();

		this.chats.migrate(-100, -1001234);
		assertThat(this.chats.byChat(-1001234)).map(PeerGroup::id).contains(group.id());
		this.chats.unlink(-1001234, "removed");
		assertThat(this.chats.byChat(-1001234)).isEmpty();
	}

	@Test
	void erasureRemovesMembershipsAndRequestsAndTheExportListsThem() {
		PeerGroup open = this.groups.create(draft("Open", Country.RU, JoinPolicy.OPEN, null), ADMIN);
		PeerGroup closed = this.groups.create(draft("Closed", Country.RU, JoinPolicy.APPROVAL, null), ADMIN);
		Educator olga = educator(Country.RU, Visibility.NETWORK, Admission.MEMBER);
		this.groups.join(olga, open.id());
		this.groups.join(olga, closed.id());
		DataSubject subject = DataSubject.of(olga.id(), olga.telegramUserId(), olga.chatId());

		assertThat(this.privacy.export(subject)).containsKey("peerGroups");
		assertThat(this.privacy.export(subject).get("peerGroups").toString()).contains("Open", "Closed");
		this.privacy.erase(subject);

		assertThat(this.jdbc.queryForObject("select count(*) from peer_group_members", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from peer_group_requests", Long.class)).isZero();
	}

	private PeerGroupDraft draft(String name, Country country, JoinPolicy policy, Integer capacity) {
		return draft(name, country, policy, capacity, Set.of());
	}

	private PeerGroupDraft draft(String name, Country country, JoinPolicy policy, Integer capacity,
			Set<Long> facilitators) {
		return new PeerGroupDraft(Map.of(Language.EN, new GroupText(name, "About " + name)),
				Set.of(Topic.CIVIC_EDUCATION), country, Network.ALUMNI, Language.EN, policy, capacity, facilitators);
	}

	private long facilitator(String email, long telegram) {
		long id = this.coordinators.create(email, "{noop}x", CoordinatorRole.FACILITATOR, false).id();
		String code = this.coordinators.offerTelegramLink(email).code();
		assertThat(this.coordinators.linkTelegram(code, new TelegramLink(telegram, telegram, "Nino", null)))
			.isPresent();
		return id;
	}

	private Educator educator(Country country, Visibility visibility, Admission admission) {
		long user = 8_000_000 + this.next;
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, consented_at, country, network, display_name, visibility, admission)
				values (?, ?, 'en', 'UTC', now(), now(), now(), now(), ?, 'ALUMNI', ?, ?, ?)""", user, user,
				country.name(), "Educator " + this.next++, visibility.name(), admission.name());
		return this.educators.find(TelegramUserId.of(user)).orElseThrow();
	}

	private static EducatorId id(Educator educator) {
		return EducatorId.of(educator.id());
	}

	@TestConfiguration
	@ComponentScan(basePackageClasses = { PeerGroupManagement.class, EducatorManagement.class,
			CoordinatorManagement.class, AuditLog.class, PrivacyManagement.class })
	static class Features {

	}

}
