package org.socialchange.platform.journeys;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer groups from an educator's Telegram, through the sandbox with the real TelegramBots
 * client: a member joins an open group; asks to join a group that admits by approval and
 * is approved by its facilitator in the facilitator's own chat; a newcomer opens a
 * group's invite link, registers and is in the group; a pending educator sees no group
 * and no one; each member sees the others as their visibility allows; /mydata shows the
 * membership and /delete removes it.
 */
@PlatformTest
class PeerGroupJourneyTests {

	static final GroupAccess ADMIN = new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	EducatorManagement educators;

	@Autowired
	CoordinatorManagement coordinators;

	@Test
	void aMemberFindsAnOpenGroupByTopicAndJoinsIt() {
		SandboxClient sandbox = new SandboxClient(this.port);
		PeerGroup group = group("Media literacy lab " + System.nanoTime(), JoinPolicy.OPEN, Set.of(),
				Topic.MEDIA_LITERACY);
		long ani = member(sandbox, "Ani", Language.HY, "AM");

		JsonNode list = command(sandbox, ani, "/groups");
		press(sandbox, ani, list, text(Language.HY, "groups.button.topic"));
		JsonNode topics = awaitEdit(sandbox, ani, list, text(Language.HY, "groups.filter.topic"));
		press(sandbox, ani, topics, text(Language.HY, "topic.MEDIA_LITERACY"));
		JsonNode filtered = awaitEdit(sandbox, ani, list, text(Language.HY, "groups.list.filter", Map.of("topic",
				text(Language.HY, "topic.MEDIA_LITERACY"), "place", text(Language.HY, "groups.filter.any"))));
		press(sandbox, ani, filtered, group.name(Language.HY));
		JsonNode card = awaitEdit(sandbox, ani, list, text(Language.HY, "groups.card.open"));
		press(sandbox, ani, card, text(Language.HY, "groups.button.join"));

		awaitEdit(sandbox, ani, list, text(Language.HY, "groups.card.member"));
		assertThat(this.groups.isMember(group.id(), id(ani))).isTrue();
	}

	@Test
	void aFacilitatorApprovesARequestInTheirOwnChatAndTheEducatorHearsIt() {
		SandboxClient sandbox = new SandboxClient(this.port);
		String email = "facilitator-" + System.nanoTime() + "@example.org";
		long account = this.coordinators.create(email, "x", CoordinatorRole.FACILITATOR, false).id();
		long nino = sandbox.createUser("Nino", "ka");
		sandbox.awaitBotMessage(nino,
				sandbox.write(nino, "/link " + this.coordinators.offerTelegramLink(email).code()));
		PeerGroup group = group("Tbilisi mentors " + System.nanoTime(), JoinPolicy.APPROVAL, Set.of(account),
				Topic.CIVIC_EDUCATION);
		long olga = member(sandbox, "Olga", Language.RU, "RU");

		JsonNode list = command(sandbox, olga, "/groups");
		press(sandbox, olga, list, group.name(Language.RU));
		JsonNode card = awaitEdit(sandbox, olga, list, text(Language.RU, "groups.card.approval"));
		press(sandbox, olga, card, text(Language.RU, "groups.button.ask"));
		JsonNode requested = awaitEdit(sandbox, olga, list, text(Language.RU, "groups.card.requested"));
		press(sandbox, olga, requested, text(Language.RU, "groups.button.mine"));
		awaitEdit(sandbox, olga, list,
				text(Language.RU, "groups.mine.requested", Map.of("groups", "«" + group.name(Language.RU) + "»")));

		// the facilitator is no educator: the request comes in the group's language
		JsonNode request = sandbox.awaitBotMessage(nino, 0,
				(m) -> m.get("text").asString().contains(group.name(Language.EN))
						&& m.get("text").asString().contains("Olga"));
		press(sandbox, nino, request, text(Language.EN, "groups.decision.approve"));
		awaitEdit(sandbox, nino, request, "✅");
		sandbox.awaitBotMessage(olga, 0,
				(m) -> m.get("text")
					.asString()
					.equals(Registrations.visible(
							text(Language.RU, "groups.outcome.approved", Map.of("group", group.name(Language.RU))))));
		assertThat(this.groups.isMember(group.id(), id(olga))).isTrue();
	}

	@Test
	void aNewcomerOpensAnInviteLinkRegistersAndIsInTheGroupWithoutWaiting() {
		SandboxClient sandbox = new SandboxClient(this.port);
		PeerGroup group = group("Khujand school clubs " + System.nanoTime(), JoinPolicy.APPROVAL, Set.of(),
				Topic.COMMUNITY_DEVELOPMENT);
		String payload = this.groups.renewInvite(group.id(), ADMIN);
		long farida = sandbox.createUser("Farida", "tg");

		new Registrations(sandbox, this.messages).register(farida, Language.TG, "TJ", null, "/start " + payload);

		String welcome = Registrations
			.visible(text(Language.TG, "groups.invite.joined", Map.of("group", group.name(Language.TG))));
		sandbox.awaitBotMessage(farida, 0, (m) -> m.get("text").asString().equals(welcome));
		assertThat(this.groups.isMember(group.id(), id(farida))).isTrue();
		assertThat(this.educators.find(TelegramUserId.of(farida)).orElseThrow().isMember()).isTrue();
		assertThat(sandbox.botMessages(farida)).as("no pending notice for an invited newcomer")
			.noneMatch((m) -> m.get("text")
				.asString()
				.contains(Registrations.visible(text(Language.TG, "admission.pending"))));
	}

	@Test
	void aPendingEducatorIsToldKindlyAndSeesNoGroupAndNoOne() {
		SandboxClient sandbox = new SandboxClient(this.port);
		group("Open to all " + System.nanoTime(), JoinPolicy.OPEN, Set.of(), Topic.ENVIRONMENT);
		long aysel = sandbox.createUser("Aysel", "az");
		new Registrations(sandbox, this.messages).register(aysel, Language.AZ, "AZ", null);
		String pending = Registrations.visible(text(Language.AZ, "admission.pending"));
		// part of the message that closes registration
		sandbox.awaitBotMessage(aysel, 0, (m) -> m.get("text").asString().contains(pending));

		JsonNode answer = command(sandbox, aysel, "/groups");

		assertThat(answer.get("text").asString()).isEqualTo(Registrations.visible(text(Language.AZ, "groups.pending")));
		assertThat(answer.get("inlineKeyboard").isNull() || answer.get("inlineKeyboard").isEmpty()).isTrue();
	}

	@Test
	void membersSeeEachOtherAsTheirVisibilityAllowsAndErasureRemovesTheMembership() {
		SandboxClient sandbox = new SandboxClient(this.port);
		PeerGroup group = group("Visibility circle " + System.nanoTime(), JoinPolicy.OPEN, Set.of(),
				Topic.CHILDRENS_RIGHTS);
		long peers = member(sandbox, "Lusine", Language.EN, "AM");
		long network = member(sandbox, "Giorgi", Language.EN, "GE");
		long hidden = member(sandbox, "Rustam", Language.EN, "TJ");
		this.educators.visibility(TelegramUserId.of(network), Visibility.NETWORK);
		this.educators.visibility(TelegramUserId.of(hidden), Visibility.COORDINATORS);
		for (long user : new long[] { peers, network, hidden }) {
			this.groups.join(this.educators.find(TelegramUserId.of(user)).orElseThrow(), group.id());
		}

		String seenByPeers = members(sandbox, peers, group);
		assertThat(seenByPeers).contains("Lusine", "Giorgi").doesNotContain("Rustam");
		assertThat(seenByPeers)
			.contains(Registrations.visible(text(Language.EN, "groups.members.hidden", Map.of("count", 1))));
		assertThat(members(sandbox, hidden, group)).contains("Lusine", "Giorgi", "Rustam");

		int asked = sandbox.write(peers, "/mydata");
		JsonNode export = sandbox.awaitBotMessage(peers, asked,
				(m) -> m.has("document") && !m.get("document").isNull());
		assertThat(sandbox.file(export.get("document").get("fileId").asString())).contains("peerGroups",
				group.name(Language.EN));

		this.educators.erase(TelegramUserId.of(peers));
		assertThat(this.groups.members(group.id(), ADMIN).shown()).extracting((m) -> m.displayName())
			.containsExactlyInAnyOrder("Giorgi", "Rustam");
	}

	private String members(SandboxClient sandbox, long user, PeerGroup group) {
		JsonNode mine = command(sandbox, user, "/groups");
		press(sandbox, user, mine, group.name(Language.EN));
		JsonNode card = awaitEdit(sandbox, user, mine, text(Language.EN, "groups.card.member"));
		press(sandbox, user, card, text(Language.EN, "groups.button.members"));
		return awaitEdit(sandbox, user, mine, "Lusine").get("text").asString();
	}

	// helpers

	private PeerGroup group(String name, JoinPolicy policy, Set<Long> facilitators, Topic topic) {
		return this.groups.create(new PeerGroupDraft(
				Map.of(Language.EN, new GroupText(name, "About " + name), Language.RU,
						new GroupText(name + " (ru)", null), Language.HY, new GroupText(name + " (hy)", null)),
				Set.of(topic), null, Network.ALUMNI, Language.EN, policy, null, facilitators), ADMIN);
	}

	/** Registers through the bot and is approved by a coordinator of their country. */
	private long member(SandboxClient sandbox, String name, Language language, String country) {
		return journey(sandbox).member(name, language, country);
	}

	private JsonNode command(SandboxClient sandbox, long user, String command) {
		return journey(sandbox).command(user, command);
	}

	private void press(SandboxClient sandbox, long user, JsonNode message, String label) {
		journey(sandbox).press(user, message, label);
	}

	/** Waits until the message (edited in place) shows this text. */
	private JsonNode awaitEdit(SandboxClient sandbox, long user, JsonNode message, String text) {
		return journey(sandbox).awaitEdit(user, message, text);
	}

	private Journey journey(SandboxClient sandbox) {
		return new Journey(sandbox, this.messages, this.educators);
	}

	private String text(Language language, String key) {
		return this.messages.format(language, key);
	}

	private String text(Language language, String key, Map<String, ?> arguments) {
		return this.messages.format(language, key, arguments);
	}

	private EducatorId id(long user) {
		return EducatorId.of(this.educators.find(TelegramUserId.of(user)).orElseThrow().id());
	}

}
