package org.socialchange.platform.journeys;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.broadcasts.Broadcast;
import org.socialchange.platform.broadcasts.BroadcastDraft;
import org.socialchange.platform.broadcasts.BroadcastManagement;
import org.socialchange.platform.broadcasts.Timing;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupChats;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialchange.platform.journeys.GroupChatJourneyTests.await;
import static org.socialchange.platform.journeys.GroupChatJourneyTests.botMessages;

/**
 * A peer group's Telegram chat, through the sandbox as Telegram would do it: the bot is
 * added to a forum supergroup and linked with a one-time code sent in a topic, a
 * broadcast posted into the group's chat lands in that topic, and after the bot is
 * removed nothing more goes there; a plain group linked before it becomes a supergroup
 * stays linked; a broadcast for a peer group reaches only its members.
 */
@PlatformTest
class GroupChatLinkJourneyTests {

	static final GroupAccess ADMIN = new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	GroupChats chats;

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	EducatorManagement educators;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aForumIsLinkedInATopicGetsTheGroupsBroadcastThereAndNothingOnceTheBotIsRemoved() {
		SandboxClient sandbox = new SandboxClient(this.port);
		PeerGroup group = group("Gyumri teachers " + System.nanoTime(), Language.HY);
		long lusine = sandbox.createUser("Lusine", "hy");
		long forum = sandbox.createGroup(lusine, "Gyumri teachers", true, true);
		int topic = sandbox.createTopic(forum, lusine, "Platform");
		sandbox.addBot(forum, lusine);
		await(() -> botMessages(sandbox, forum).size() == 1);

		sandbox.writeInGroup(forum, lusine, "/link WRONGCODE", topic);
		await(() -> botMessages(sandbox, forum).size() == 2);
		assertThat(last(sandbox, forum).get("text").asString())
			.isEqualTo(this.messages.format(Language.HY, "groupchat.invalid"));
		sandbox.writeInGroup(forum, lusine, "/link " + this.groups.offerChatLink(group.id(), ADMIN), topic);
		await(() -> botMessages(sandbox, forum).size() == 3);
		JsonNode linked = last(sandbox, forum);
		assertThat(linked.get("text").asString()).isEqualTo(Registrations.visible(
				this.messages.format(Language.HY, "groupchat.linkedTopic", Map.of("group", group.name(Language.HY)))));
		assertThat(linked.get("threadId").asInt()).isEqualTo(topic);
		assertThat(this.chats.byChat(forum).orElseThrow().chatThreadId()).contains(topic);

		this.broadcasts.schedule(draft(group, "Բարև, գործընկերներ"), "admin@example.org", EducatorScope.all());
		await(() -> botMessages(sandbox, forum).size() == 4);
		JsonNode posted = last(sandbox, forum);
		assertThat(posted.get("text").asString()).isEqualTo("Բարև, գործընկերներ");
		assertThat(posted.get("threadId").asInt()).as("the broadcast lands in the linked topic").isEqualTo(topic);

		sandbox.removeBot(forum, lusine);
		await(() -> this.chats.byChat(forum).isEmpty());
		Broadcast after = this.broadcasts.schedule(draft(group, "Is anyone there?"), "admin@example.org",
				EducatorScope.all());
		assertThat(this.jdbc.queryForObject("select count(*) from deliveries where source_id = ? and chat_id = ?",
				Integer.class, after.id(), forum))
			.as("nothing more is sent to a chat the bot left")
			.isZero();
	}

	@Test
	void aLinkedGroupThatBecomesASupergroupStaysLinkedAndGetsThePosts() {
		SandboxClient sandbox = new SandboxClient(this.port);
		PeerGroup group = group("Baku mentors " + System.nanoTime(), Language.AZ);
		long aysel = sandbox.createUser("Aysel", "az");
		long plain = sandbox.createGroup(aysel, "Baku mentors", false, false);
		sandbox.addBot(plain, aysel);
		sandbox.writeInGroup(plain, aysel, "/link " + this.groups.offerChatLink(group.id(), ADMIN), null);
		await(() -> this.chats.byChat(plain).isPresent());

		long supergroup = sandbox.migrateGroup(plain, aysel);

		await(() -> this.chats.byChat(supergroup).map(PeerGroup::id).filter(group.id()::equals).isPresent());
		this.broadcasts.schedule(draft(group, "Salam, həmkarlar"), "admin@example.org", EducatorScope.all());
		await(() -> botMessages(sandbox, supergroup).stream()
			.anyMatch((message) -> message.get("text").asString().equals("Salam, həmkarlar")));
	}

	@Test
	void aBroadcastForAPeerGroupReachesOnlyItsMembers() {
		SandboxClient sandbox = new SandboxClient(this.port);
		PeerGroup group = group("Dushanbe readers " + System.nanoTime(), Language.TG);
		long member = educator(sandbox, "Farida");
		long outsider = educator(sandbox, "Rustam");
		this.groups.join(this.educators.find(TelegramUserId.of(member)).orElseThrow(), group.id());

		Broadcast broadcast = this.broadcasts.schedule(
				new BroadcastDraft(Map.of(Language.TG, "Салом, ҳамкасбон"), Language.TG, null, null, Filter.everyone(),
						Timing.NOW, null, ZoneId.of("Asia/Dushanbe"), null, Set.of(group.id()), false),
				"admin@example.org", EducatorScope.all());

		assertThat(broadcast.recipients()).isEqualTo(1);
		sandbox.awaitBotMessage(member, 0, (message) -> message.get("text").asString().equals("Салом, ҳамкасбон"));
		assertThat(sandbox.botMessages(outsider))
			.noneMatch((message) -> message.get("text").asString().equals("Салом, ҳамкасбон"));
	}

	// helpers

	private PeerGroup group(String name, Language language) {
		return this.groups.create(new PeerGroupDraft(Map.of(language, new GroupText(name, null)), Set.of(), null,
				Network.ALUMNI, language, JoinPolicy.OPEN, null, Set.of()), ADMIN);
	}

	/** A draft posted only into the group's chat: its member list is empty. */
	private static BroadcastDraft draft(PeerGroup group, String text) {
		return new BroadcastDraft(Map.of(group.primaryLanguage(), text), group.primaryLanguage(), null, null,
				Filter.everyone(), Timing.NOW, null, ZoneId.of("UTC"), null, Set.of(group.id()), true);
	}

	private long educator(SandboxClient sandbox, String name) {
		long user = sandbox.createUser(name, "tg");
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, consented_at, country, network, display_name, admission)
				values (?, ?, 'tg', 'Asia/Dushanbe', now(), now(), now(), now(), 'TJ', 'ALUMNI', ?, 'MEMBER')""", user,
				user, name);
		return user;
	}

	private static JsonNode last(SandboxClient sandbox, long chat) {
		List<JsonNode> messages = botMessages(sandbox, chat);
		return messages.get(messages.size() - 1);
	}

}
