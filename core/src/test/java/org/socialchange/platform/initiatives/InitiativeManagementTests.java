package org.socialchange.platform.initiatives;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.socialchange.platform.MovableClock;
import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Admission;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.DigestSchedule;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupChats;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PrivacyManagement;
import org.socialchange.platform.translations.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Initiatives on the real database with a clock the test moves: who sees what, followers'
 * batched notices, group digests at the group's local hour (once, split when long, none
 * when empty), moderation within a coordinator's scope, partner suggestions, and the
 * export and erasure of everything an educator left.
 */
@PostgresJpaTest
@Import(InitiativeFixtures.Features.class)
class InitiativeManagementTests {

	static final GroupAccess ADMIN = new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	static final Instant MORNING = Instant.parse("2026-11-30T06:00:00Z");

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	InitiativeModeration moderation;

	@Autowired
	FollowNotices notices;

	@Autowired
	GroupDigests digests;

	@Autowired
	PartnerSuggestions partners;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	GroupChats chats;

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	AuditLog audit;

	@Autowired
	InitiativeFixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		this.fixtures.clear();
		this.jdbc.update("delete from deliveries");
		this.clock.set(MORNING);
	}

	@Test
	void eachAuthorsVisibilityDecidesWhoSeesTheirInitiatives() {
		Educator viewer = this.fixtures.educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		Educator open = this.fixtures.educator(Country.GE, Visibility.NETWORK, Admission.MEMBER);
		Educator peer = this.fixtures.educator(Country.GE, Visibility.PEER_GROUPS, Admission.MEMBER);
		Educator stranger = this.fixtures.educator(Country.GE, Visibility.PEER_GROUPS, Admission.MEMBER);
		Educator reserved = this.fixtures.educator(Country.GE, Visibility.COORDINATORS, Admission.MEMBER);
		Educator pending = this.fixtures.educator(Country.GE, Visibility.NETWORK, Admission.PENDING);
		PeerGroup group = group("Shared", Country.GE);
		this.groups.join(viewer, group.id());
		this.groups.join(peer, group.id());

		Initiative a = this.fixtures.initiative(open, "Open initiative", "For everyone", Topic.ENVIRONMENT);
		Initiative b = this.fixtures.initiative(peer, "Peer initiative", "For my groups", Topic.ENVIRONMENT);
		this.fixtures.initiative(stranger, "Stranger initiative", "For my groups", Topic.ENVIRONMENT);
		this.fixtures.initiative(reserved, "Reserved initiative", "For coordinators", Topic.ENVIRONMENT);
		Initiative own = this.fixtures.initiative(pending, "Pending initiative", "Not yet admitted", Topic.ENVIRONMENT);

		assertThat(titles(this.initiatives.find(viewer, InitiativeFilter.ANY, 0, 10)))
			.containsExactly("Peer initiative", "Open initiative");
		assertThat(this.initiatives.view(viewer, b.id())).isPresent();
		assertThat(this.initiatives.view(viewer, own.id())).isEmpty();
		assertThat(this.initiatives.find(pending, InitiativeFilter.ANY, 0, 10).items()).isEmpty();
		assertThat(this.initiatives.view(pending, a.id())).isEmpty();
		assertThat(this.initiatives.view(pending, own.id())).get().extracting(InitiativeCard::mine).isEqualTo(true);
		assertThat(titles(this.moderation.initiatives(EducatorScope.of(Set.of(Country.GE), Set.of()),
				InitiativeFilter.ANY, 0, 10)))
			.hasSize(5);
		assertThat(
				this.moderation.initiatives(EducatorScope.of(Set.of(Country.AM), Set.of()), InitiativeFilter.ANY, 0, 10)
					.items())
			.isEmpty();
		assertThatExceptionOfType(InitiativeNotFound.class)
			.isThrownBy(() -> this.moderation.initiative(a.id(), EducatorScope.of(Set.of(Country.AZ), Set.of())));
		assertThatExceptionOfType(InitiativeNotFound.class)
			.isThrownBy(() -> this.initiatives.follow(viewer, own.id(), true));
	}

	@Test
	void anAlbumIsOneUpdateAndADocumentAnother() {
		Educator author = this.fixtures.educator(Country.AZ, Visibility.NETWORK, Admission.MEMBER);
		Initiative initiative = this.fixtures.initiative(author, "Reading corner", "Books for children",
				Topic.CIVIC_EDUCATION);
		InitiativeUpdate album = this.initiatives.post(author, initiative.id(), "Opening day",
				List.of(UpdateFile.photo("p1")), "album-1");
		this.initiatives.addToAlbum(author, "album-1", UpdateFile.photo("p2"), null);
		this.initiatives.addToAlbum(author, "album-1", UpdateFile.photo("p3"), null);
		assertThat(this.initiatives.addToAlbum(author, "album-2", UpdateFile.photo("x"), null)).isEmpty();
		InitiativeUpdate document = this.initiatives.post(author, initiative.id(), null,
				List.of(UpdateFile.document("d1", "plan.pdf")), null);

		assertThat(this.initiatives.ownUpdate(author, album.id()).files()).extracting(UpdateFile::fileId)
			.containsExactly("p1", "p2", "p3");
		assertThat(this.initiatives.ownUpdate(author, document.id()).mediaKind()).isEqualTo(MediaKind.DOCUMENT);
		assertThat(this.initiatives.ownUpdate(author, document.id()).text()).isEmpty();
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.initiatives.post(author,
				initiative.id(), "x".repeat(1025), List.of(UpdateFile.photo("p9")), null));
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.initiatives.post(author, initiative.id(), "  ", List.of(), null));
	}

	@Test
	void followersGetOneMessageAnHourWithEveryNewUpdate() {
		Educator author = this.fixtures.educator(Country.GE, Visibility.NETWORK, Admission.MEMBER);
		Educator follower = this.fixtures.educator(Country.TJ, Visibility.NETWORK, Admission.MEMBER, "ru");
		Initiative initiative = this.fixtures.initiative(author, "Eco club", "We plant trees", Topic.ENVIRONMENT);
		assertThat(this.initiatives.follow(follower, initiative.id(), true)).isTrue();
		assertThat(this.initiatives.follow(author, initiative.id(), true)).isFalse();

		this.clock.set(MORNING.plusSeconds(60));
		this.initiatives.post(author, initiative.id(), "First: 40 trees", List.of(), null);
		this.initiatives.post(author, initiative.id(), "Second: a school joined", List.of(), null);
		this.initiatives.post(author, initiative.id(), "Third: photos", List.of(UpdateFile.photo("p")), null);
		assertThat(this.notices.run(MORNING.plusSeconds(120))).isZero();
		assertThat(this.notices.run(MORNING.plusSeconds(60 + 600))).isEqualTo(1);
		List<Map<String, Object>> sent = outbox("follow");
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).get("text").toString()).contains("First: 40 trees", "Second: a school joined",
				"Third: photos", "https://t.me/platform_test_bot?start=u-");

		this.clock.set(MORNING.plusSeconds(900));
		this.initiatives.post(author, initiative.id(), "Fourth", List.of(), null);
		assertThat(this.notices.run(MORNING.plusSeconds(1800))).isZero();
		assertThat(this.notices.run(MORNING.plusSeconds(660 + 3600))).isEqualTo(1);
		assertThat(outbox("follow")).hasSize(2);
		assertThat(outbox("follow").get(1).get("text").toString()).contains("Fourth").doesNotContain("First");
		assertThat(this.notices.run(MORNING.plusSeconds(3 * 3600))).isZero();
	}

	@Test
	void aDigestGoesOutOnceAtTheGroupsLocalHourIntoItsTopicAndPrivatelyToWhoeverAskedForIt() {
		PeerGroup group = group("Yerevan teachers", Country.AM);
		this.chats.link(this.groups.offerChatLink(group.id(), ADMIN), -100123, 7, "Yerevan chat", "admin");
		this.groups.digest(group.id(),
				new DigestSchedule(DigestSchedule.Frequency.DAILY, DayOfWeek.MONDAY, 19, ZoneId.of("Asia/Yerevan")),
				ADMIN);
		Educator author = this.fixtures.educator(Country.AM, Visibility.PEER_GROUPS, Admission.MEMBER);
		Educator reader = this.fixtures.educator(Country.AM, Visibility.NETWORK, Admission.MEMBER, "hy");
		this.groups.join(author, group.id());
		this.groups.join(reader, group.id());
		this.initiatives.preferences(reader, new Preferences(true, false));
		Initiative initiative = this.initiatives.create(author,
				new InitiativeDraft("Inclusive classrooms", "Ramps and lessons", Set.of(Topic.INCLUSIVE_EDUCATION),
						null, Stage.RUNNING, Set.of(group.id()), Set.of()));
		Initiative elsewhere = this.fixtures.initiative(author, "Not in the group", "Private project",
				Topic.ENVIRONMENT);
		this.clock.set(Instant.parse("2026-11-30T12:00:00Z"));
		this.initiatives.post(author, initiative.id(), "We built a ramp at school 12", List.of(), null);
		this.initiatives.post(author, elsewhere.id(), "Nothing for the group", List.of(), null);

		// 19:00 in Yerevan is 15:00 UTC
		assertThat(this.digests.run(Instant.parse("2026-11-30T14:59:00Z"))).isZero();
		assertThat(this.digests.run(Instant.parse("2026-11-30T15:00:30Z"))).isEqualTo(1);
		assertThat(this.digests.run(Instant.parse("2026-11-30T15:01:00Z"))).isZero();
		List<Map<String, Object>> sent = outbox("digest");
		assertThat(sent).hasSize(2);
		Map<String, Object> chat = sent.stream()
			.filter((row) -> ((Number) row.get("chat_id")).longValue() == -100123)
			.findFirst()
			.orElseThrow();
		assertThat(chat.get("thread_id")).isEqualTo(7);
		assertThat(chat.get("text").toString())
			.contains("Inclusive classrooms", "We built a ramp at school 12", "Educator")
			.doesNotContain("Nothing for the group");
		assertThat(sent)
			.anySatisfy((row) -> assertThat(((Number) row.get("chat_id")).longValue()).isEqualTo(reader.chatId()));

		// nothing new the next day: no digest
		assertThat(this.digests.run(Instant.parse("2026-12-01T15:00:30Z"))).isZero();
		assertThat(outbox("digest")).hasSize(2);
	}

	/**
	 * Committed data, each instance in its own transaction, as two processes would be.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void twoInstancesRunningAtTheSameMinuteMakeOneDigest() throws Exception {
		PeerGroup group = group("Twice", Country.TJ);
		this.chats.link(this.groups.offerChatLink(group.id(), ADMIN), -100789, null, "Dushanbe chat", "admin");
		this.groups.digest(group.id(),
				new DigestSchedule(DigestSchedule.Frequency.DAILY, DayOfWeek.MONDAY, 20, ZoneId.of("Asia/Dushanbe")),
				ADMIN);
		Educator author = this.fixtures.educator(Country.TJ, Visibility.NETWORK, Admission.MEMBER);
		this.groups.join(author, group.id());
		Initiative initiative = this.initiatives.create(author, new InitiativeDraft("Reading club", "Books",
				Set.of(Topic.OTHER), null, Stage.RUNNING, Set.of(group.id()), Set.of()));
		this.initiatives.post(author, initiative.id(), "We read Rudaki", List.of(), null);
		// 20:00 in Dushanbe is 15:00 UTC
		Instant due = Instant.parse("2026-11-30T15:00:00Z");
		java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> runs = List.of(instances.submit(() -> {
				start.await();
				return this.digests.run(due);
			}), instances.submit(() -> {
				start.await();
				return this.digests.run(due);
			}));
			start.countDown();
			assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(1);
		}
		finally {
			instances.shutdownNow();
		}
		assertThat(outbox("digest")).hasSize(1);
		assertThat(this.digests.run(due.plusSeconds(30))).isZero();
		assertThat(outbox("digest")).hasSize(1);
		this.groups.digest(group.id(),
				new DigestSchedule(DigestSchedule.Frequency.OFF, DayOfWeek.MONDAY, 20, ZoneId.of("Asia/Dushanbe")),
				ADMIN);
	}

	@Test
	void aLongDigestIsSplitAtItemsUnderTelegramsLimit() {
		PeerGroup group = group("Busy group", Country.GE);
		this.chats.link(this.groups.offerChatLink(group.id(), ADMIN), -100456, null, "Busy chat", "admin");
		this.groups.digest(group.id(),
				new DigestSchedule(DigestSchedule.Frequency.WEEKLY, DayOfWeek.FRIDAY, 9, ZoneId.of("Asia/Tbilisi")),
				ADMIN);
		Educator author = this.fixtures.educator(Country.GE, Visibility.NETWORK, Admission.MEMBER);
		this.groups.join(author, group.id());
		Initiative initiative = this.initiatives.create(author, new InitiativeDraft("Long reports", "Many words",
				Set.of(Topic.OTHER), null, Stage.RUNNING, Set.of(group.id()), Set.of()));
		for (int i = 0; i < 30; i++) {
			this.initiatives.post(author, initiative.id(), "Report " + i + " " + "word ".repeat(100), List.of(), null);
		}
		// Friday 4 December 2026, 09:00 in Tbilisi is 05:00 UTC
		assertThat(this.digests.run(Instant.parse("2026-12-04T05:00:00Z"))).isEqualTo(1);
		List<Map<String, Object>> sent = outbox("digest");
		assertThat(sent).hasSizeGreaterThan(1);
		assertThat(sent).allSatisfy((row) -> assertThat(row.get("text").toString().length()).isLessThan(4096));
		String all = String.join("\n", sent.stream().map((row) -> row.get("text").toString()).toList());
		for (int i = 0; i < 30; i++) {
			assertThat(all).contains("Report " + i + " ");
		}
		assertThat(this.jdbc.queryForObject("select period from group_digests where group_id = ?", String.class,
				group.id()))
			.isEqualTo("2026-W49");
	}

	@Test
	void hidingAnUpdateTakesItOutOfSearchAndTellsTheAuthorWhyAndIsAudited() {
		Educator author = this.fixtures.educator(Country.RU, Visibility.NETWORK, Admission.MEMBER, "ru");
		Educator reader = this.fixtures.educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		Initiative initiative = this.fixtures.initiative(author, "Debate club", "Weekly debates",
				Topic.CIVIC_EDUCATION);
		InitiativeUpdate update = this.initiatives.post(author, initiative.id(), "Spam with a casino link", List.of(),
				null);
		assertThat(this.initiatives.report(reader, update.id(), "Advertising")).isTrue();
		assertThat(this.initiatives.report(reader, update.id(), "Again")).isFalse();
		EducatorScope russia = EducatorScope.of(Set.of(Country.RU), Set.of());
		assertThat(this.moderation.reported(russia)).extracting((m) -> m.update().id()).containsExactly(update.id());
		assertThat(this.moderation.reported(EducatorScope.of(Set.of(Country.GE), Set.of()))).isEmpty();
		assertThatExceptionOfType(InitiativeNotFound.class).isThrownBy(() -> this.moderation.hide(update.id(),
				"Advertising", "ge@example.org", EducatorScope.of(Set.of(Country.GE), Set.of())));

		this.moderation.hide(update.id(), "Advertising is not allowed", "ru@example.org", russia);
		assertThat(this.initiatives.find(reader, new InitiativeFilter("casino", null, null, null), 0, 5).items())
			.isEmpty();
		assertThat(this.initiatives.update(reader, update.id())).isEmpty();
		assertThat(this.initiatives.update(author, update.id())).isPresent();
		assertThat(this.moderation.reported(russia)).isEmpty();
		assertThat(outbox("moderation")).singleElement()
			.satisfies((row) -> assertThat(row.get("text").toString()).contains("Advertising is not allowed"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entries where action = 'update.hidden'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void repliesAreRelayedAndContactsExchangedOnlyWhenBothAgree() {
		Educator author = this.fixtures.educator(Country.TJ, Visibility.NETWORK, Admission.MEMBER);
		Educator reader = this.fixtures.educator(Country.AZ, Visibility.NETWORK, Admission.MEMBER);
		Educator other = this.fixtures.educator(Country.AZ, Visibility.NETWORK, Admission.MEMBER);
		Initiative initiative = this.fixtures.initiative(author, "Girls in science", "Clubs", Topic.OTHER);
		InitiativeUpdate update = this.initiatives.post(author, initiative.id(), "First lab session", List.of(), null);

		InitiativeManagement.Relay relay = this.initiatives.reply(reader, update.id(), "How did you get the kits?");
		assertThat(relay.to().id()).isEqualTo(author.id());
		InitiativeManagement.Relay answer = this.initiatives.answer(author, relay.reply().id(), "A grant");
		assertThat(answer.to().id()).isEqualTo(reader.id());
		assertThatExceptionOfType(InitiativeNotFound.class)
			.isThrownBy(() -> this.initiatives.answer(other, relay.reply().id(), "Me too"));
		assertThatExceptionOfType(InitiativeNotFound.class)
			.isThrownBy(() -> this.initiatives.agreeToExchange(other, author.id()));
		assertThat(this.initiatives.agreeToExchange(reader, author.id()).both()).isFalse();
		assertThat(this.initiatives.agreeToExchange(author, reader.id()).both()).isTrue();
		assertThat(this.initiatives.toggleUseful(reader, update.id())).isTrue();
		assertThat(this.initiatives.update(author, update.id()).orElseThrow().useful()).isEqualTo(1);
		assertThat(this.initiatives.toggleUseful(reader, update.id())).isFalse();
	}

	@Test
	void partnersInOtherCountriesWithMatchingTopicsAreSuggestedOnce() {
		Educator seeker = this.fixtures.educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		Educator match = this.fixtures.educator(Country.GE, Visibility.NETWORK, Admission.MEMBER);
		Educator sameCountry = this.fixtures.educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		Educator notOptedIn = this.fixtures.educator(Country.RU, Visibility.NETWORK, Admission.MEMBER);
		this.initiatives.preferences(seeker, new Preferences(false, true));
		this.initiatives.preferences(match, new Preferences(false, true));
		this.initiatives.preferences(sameCountry, new Preferences(false, true));
		this.initiatives.create(seeker, new InitiativeDraft("Peace camp", "Summer camp", Set.of(Topic.PEACE_BUILDING),
				null, Stage.IDEA, Set.of(), Set.of(Need.PARTNERS)));
		this.fixtures.initiative(match, "Dialogue school", "Youth dialogue", Topic.PEACE_BUILDING);
		this.fixtures.initiative(sameCountry, "Another peace project", "Nearby", Topic.PEACE_BUILDING);
		this.fixtures.initiative(notOptedIn, "Peace in Russia", "Not opted in", Topic.PEACE_BUILDING);

		assertThat(this.partners.run(MORNING)).isEqualTo(1);
		assertThat(outbox("partners")).hasSize(2)
			.extracting((row) -> ((Number) row.get("chat_id")).longValue())
			.containsExactlyInAnyOrder(seeker.chatId(), match.chatId());
		assertThat(this.partners.run(MORNING.plusSeconds(7 * 24 * 3600))).isZero();
	}

	@Test
	void theExportListsAndErasureRemovesEverythingAnEducatorLeft() {
		Educator author = this.fixtures.educator(Country.GE, Visibility.NETWORK, Admission.MEMBER);
		Educator reader = this.fixtures.educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		Initiative initiative = this.fixtures.initiative(author, "Community garden", "Vegetables", Topic.ENVIRONMENT);
		InitiativeUpdate update = this.initiatives.post(author, initiative.id(), "First harvest",
				List.of(UpdateFile.document("d", "harvest.pdf")), null);
		this.initiatives.follow(reader, initiative.id(), true);
		this.initiatives.toggleUseful(reader, update.id());
		this.initiatives.reply(reader, update.id(), "Congratulations");
		this.initiatives.report(reader, update.id(), null);
		this.initiatives.preferences(reader, new Preferences(true, true));

		DataSubject authorSubject = DataSubject.of(author.id(), author.telegramUserId(), author.chatId());
		DataSubject readerSubject = DataSubject.of(reader.id(), reader.telegramUserId(), reader.chatId());
		assertThat(this.privacy.export(authorSubject).get("initiatives").toString()).contains("Community garden",
				"First harvest", "harvest.pdf", "Congratulations");
		assertThat(this.privacy.export(readerSubject).get("initiatives").toString()).contains("following",
				"foundUseful", "repliesWritten", "reports", "preferences");

		this.privacy.erase(readerSubject);
		for (String table : List.of("initiative_follows", "update_reactions", "update_replies",
				"initiative_preferences", "follower_notices")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from update_reports where reporter_id is not null",
				Long.class))
			.isZero();
		this.privacy.erase(authorSubject);
		assertThat(this.jdbc.queryForObject("select count(*) from initiatives", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from initiative_updates", Long.class)).isZero();
	}

	private PeerGroup group(String name, Country country) {
		return this.groups.create(new PeerGroupDraft(Map.of(Language.EN, new GroupText(name, null)),
				Set.of(Topic.OTHER), country, Network.ALUMNI, Language.EN, JoinPolicy.OPEN, null, Set.of()), ADMIN);
	}

	private List<Map<String, Object>> outbox(String source) {
		return this.jdbc.queryForList("select chat_id, thread_id, text from deliveries where source = ? order by id",
				source);
	}

	private static List<String> titles(InitiativePage page) {
		return page.items().stream().map((summary) -> summary.initiative().title()).toList();
	}

}
