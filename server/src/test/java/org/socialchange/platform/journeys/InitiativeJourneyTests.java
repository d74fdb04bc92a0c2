package org.socialchange.platform.journeys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
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
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.initiatives.FollowNotices;
import org.socialchange.platform.initiatives.GroupDigests;
import org.socialchange.platform.initiatives.Initiative;
import org.socialchange.platform.initiatives.InitiativeDraft;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeModeration;
import org.socialchange.platform.initiatives.InitiativeUpdate;
import org.socialchange.platform.initiatives.MediaKind;
import org.socialchange.platform.initiatives.Stage;
import org.socialchange.platform.initiatives.UpdateFile;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local initiatives from educators' Telegram, through the sandbox with the real
 * TelegramBots client: an educator creates one in conversation and posts an album and a
 * document; others find initiatives in Russian, Georgian and Azerbaijani, follow one and
 * get one message for three updates; a message to an author is relayed without either
 * side's Telegram identity until both agree to exchange contacts; an update is reported
 * with /report and hidden by a coordinator; a group's digest reaches its chat's topic.
 */
@PlatformTest
class InitiativeJourneyTests {

	static final GroupAccess ADMIN = new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	EducatorManagement educators;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	InitiativeModeration moderation;

	@Autowired
	FollowNotices notices;

	@Autowired
	GroupDigests digests;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	GroupChats chats;

	@Autowired
	JdbcTemplate jdbc;

	Journey journey;

	SandboxClient sandbox;

	@BeforeEach
	void sandbox() {
		this.sandbox = new SandboxClient(this.port);
		this.journey = new Journey(this.sandbox, this.messages, this.educators);
	}

	@Test
	void anEducatorDescribesAnInitiativeAndPostsAnAlbumAndADocument() {
		Language ru = Language.RU;
		long olga = this.journey.member("Olga", ru, "RU");

		JsonNode hub = this.journey.command(olga, "/initiatives");
		assertThat(Journey.textOf(hub)).contains(visible(ru, "initiatives.hub.none"));
		this.journey.press(olga, hub, text(ru, "initiatives.button.new"));
		JsonNode title = this.journey.awaitText(olga, hub.get("messageId").asInt(),
				text(ru, "initiatives.new.title", Map.of("max", 120)));
		this.sandbox.write(olga, "x".repeat(130));
		JsonNode tooLong = this.journey.awaitText(olga, title.get("messageId").asInt(),
				text(ru, "initiatives.tooLong", Map.of("length", 130, "max", 120)));
		this.sandbox.write(olga, "Школьный клуб медиаграмотности");
		JsonNode summary = this.journey.awaitText(olga, tooLong.get("messageId").asInt(),
				text(ru, "initiatives.new.summary", Map.of("max", 1000)));
		this.sandbox.sendMedia(olga, "sticker");
		this.journey.awaitText(olga, summary.get("messageId").asInt(), text(ru, "initiatives.textExpected"));
		this.sandbox.write(olga, "Учим подростков проверять новости.\nВстречаемся по средам в школе №3.");
		JsonNode topics = this.journey.awaitText(olga, summary.get("messageId").asInt(),
				text(ru, "initiatives.new.topics"));
		this.journey.press(olga, topics, text(ru, "topic.MEDIA_LITERACY"));
		this.sandbox.awaitChat(olga, (chat) -> chat.toString().contains("✅ " + text(ru, "topic.MEDIA_LITERACY")));
		this.journey.press(olga, topics, text(ru, "initiatives.button.done"));
		JsonNode place = this.journey.awaitText(olga, topics.get("messageId").asInt(),
				text(ru, "initiatives.new.place"));
		this.journey.press(olga, place, text(ru, "initiatives.new.placeMine", Map.of("region", "Gyumri")));
		JsonNode stage = this.journey.awaitText(olga, place.get("messageId").asInt(),
				text(ru, "initiatives.new.stage"));
		this.journey.press(olga, stage, text(ru, "stage.RUNNING"));
		JsonNode needs = this.journey.awaitText(olga, stage.get("messageId").asInt(),
				text(ru, "initiatives.new.needs"));
		this.journey.press(olga, needs, text(ru, "need.PARTNERS"));
		this.sandbox.awaitChat(olga, (chat) -> chat.toString().contains("✅ " + text(ru, "need.PARTNERS")));
		this.journey.press(olga, needs, text(ru, "initiatives.button.done"));
		JsonNode card = this.journey.awaitText(olga, needs.get("messageId").asInt(), text(ru, "initiatives.created"));
		assertThat(Journey.textOf(card)).contains("Школьный клуб медиаграмотности", "Встречаемся по средам", "Gyumri",
				text(ru, "need.PARTNERS"));

		Educator author = this.journey.educator(olga);
		Initiative initiative = this.initiatives.mine(author).get(0);
		assertThat(initiative.topics()).containsExactly(Topic.MEDIA_LITERACY);
		assertThat(initiative.stage()).isEqualTo(Stage.RUNNING);

		this.journey.press(olga, card, text(ru, "initiatives.button.post"));
		JsonNode ask = this.journey.awaitText(olga, card.get("messageId").asInt(),
				visibleStart(ru, "initiatives.post.ask"));
		List<Integer> album = this.sandbox.sendAlbum(olga, 3, "Первая встреча клуба");
		JsonNode posted = this.journey.awaitText(olga, album.get(2), text(ru, "initiatives.posted"));

		this.journey.press(olga, card, text(ru, "initiatives.button.post"));
		this.journey.awaitText(olga, posted.get("messageId").asInt(), visibleStart(ru, "initiatives.post.ask"));
		int document = this.sandbox.sendDocument(olga, "plan-2027.pdf", "План на год");
		this.journey.awaitText(olga, document, text(ru, "initiatives.posted"));

		List<InitiativeUpdate> updates = this.initiatives.updates(author, initiative.id(), 0, 10)
			.stream()
			.map((view) -> view.update())
			.toList();
		assertThat(updates).hasSize(2);
		assertThat(updates.get(0).mediaKind()).isEqualTo(MediaKind.DOCUMENT);
		assertThat(updates.get(0).files()).extracting(UpdateFile::fileName).containsExactly("plan-2027.pdf");
		assertThat(updates.get(0).text()).contains("План на год");
		assertThat(updates.get(1).mediaKind()).isEqualTo(MediaKind.PHOTOS);
		assertThat(updates.get(1).files()).hasSize(3);
		assertThat(updates.get(1).text()).contains("Первая встреча клуба");

		// what a reader is shown: the photos again as an album, the document, and the
		// cards
		int before = this.sandbox.lastMessageId(olga);
		this.journey.press(olga, card, text(ru, "initiatives.button.updates"));
		this.sandbox.awaitChat(olga,
				(chat) -> chat.get("messages")
					.valueStream()
					.filter((m) -> m.get("messageId").asInt() > before && m.get("fromBot").asBoolean())
					.filter((m) -> Journey.textOf(m).contains("Первая встреча клуба"))
					.count() == 1);
		List<JsonNode> shown = this.sandbox.botMessages(olga)
			.stream()
			.filter((m) -> m.get("messageId").asInt() > before)
			.toList();
		assertThat(shown).filteredOn((m) -> "photo".equals(m.path("kind").asString()))
			.hasSize(3)
			.extracting((m) -> m.get("mediaGroupId").asString())
			.containsOnly(shown.stream()
				.filter((m) -> "photo".equals(m.path("kind").asString()))
				.findFirst()
				.orElseThrow()
				.get("mediaGroupId")
				.asString());
		assertThat(shown).filteredOn((m) -> "document".equals(m.path("kind").asString()))
			.singleElement()
			.satisfies((m) -> assertThat(m.get("document").toString()).contains("plan-2027.pdf"));
	}

	@Test
	void membersFindInitiativesInTheirLanguagesFollowOneAndGetOneMessageForThreeUpdates() {
		long nino = this.journey.member("Nino", Language.KA, "GE");
		long rustam = this.journey.member("Rustam", Language.TG, "TJ");
		Educator author = this.educators.visibility(TelegramUserId.of(rustam), Visibility.NETWORK);
		Initiative russian = create(author, "Клуб юных журналистов", "Пишем о жизни нашей школы и села.",
				Topic.MEDIA_LITERACY);
		Initiative georgian = create(author, "სასკოლო ბიბლიოთეკა", "ვაწყობთ ბიბლიოთეკას სოფლის სკოლებში.",
				Topic.CIVIC_EDUCATION);
		Initiative azerbaijani = create(author, "Uşaq hüquqları dərsləri", "Kənd məktəblərində dərslər keçiririk.",
				Topic.CHILDRENS_RIGHTS);

		assertThat(found(nino, "/find школа")).contains(russian.title()).doesNotContain(georgian.title());
		assertThat(found(nino, "/find სკოლა")).contains(georgian.title())
			.doesNotContain(russian.title())
			.as("the words searched for, in Georgian quotation marks")
			.contains("„სკოლა“");
		assertThat(found(nino, "/find məktəblər")).contains(azerbaijani.title()).doesNotContain(georgian.title());

		JsonNode results = this.journey.command(nino, "/find журналист");
		this.journey.press(nino, results, russian.title() + " — Rustam");
		JsonNode card = this.journey.awaitEdit(nino, results,
				text(Language.KA, "initiatives.card.counts", Map.of("updates", 0, "followers", 0)));
		this.journey.press(nino, card, text(Language.KA, "initiatives.button.follow"));
		this.journey.awaitEdit(nino, card, text(Language.KA, "initiatives.card.following"));

		this.initiatives.post(author, russian.id(), "Вышел первый номер газеты", List.of(), null);
		this.initiatives.post(author, russian.id(), "Интервью с директором", List.of(), null);
		this.initiatives.post(author, russian.id(), "Фото с выставки", List.of(UpdateFile.photo("photo-x")), null);
		// as if they were posted eleven minutes ago: a notice waits ten for more updates
		// to join it
		this.jdbc.update("update initiative_updates set created_at = created_at - interval '11 minutes' "
				+ "where initiative_id = ?", russian.id());
		this.jdbc.update("update follower_notices set covered_until = covered_until - interval '12 minutes' "
				+ "where educator_id = ?", this.journey.educator(nino).id());
		int before = this.sandbox.lastMessageId(nino);
		int queued = this.notices.run(Instant.now());
		Journey.await(() -> !this.jdbc
			.queryForList("select state from deliveries where source = 'follow' and chat_id = ? and state <> 'PENDING'",
					String.class, nino)
			.isEmpty()
				|| this.jdbc.queryForObject("select count(*) from deliveries where source = 'follow' and chat_id = ?",
						Long.class, nino) == 0 && queued == 0,
				() -> "queued " + queued + ": "
						+ this.jdbc.queryForList("select * from deliveries where chat_id = ?", nino));
		assertThat(this.jdbc.queryForList(
				"select state, last_error from deliveries where source = 'follow' " + "and chat_id = ?", nino))
			.as("queued " + queued)
			.singleElement()
			.satisfies((row) -> assertThat(row.get("state")).isEqualTo("SENT"));
		JsonNode notice = this.sandbox.botMessages(nino)
			.stream()
			.filter((m) -> m.get("messageId").asInt() > before)
			.filter((m) -> Journey.textOf(m).contains("Вышел первый номер газеты"))
			.findFirst()
			.orElseThrow();
		assertThat(Journey.textOf(notice)).contains("Интервью с директором", "Фото с выставки");
		assertThat(this.sandbox.botMessages(nino)
			.stream()
			.filter((m) -> m.get("messageId").asInt() > before)
			.filter((m) -> Journey.textOf(m).contains("Интервью с директором"))).hasSize(1);
	}

	@Test
	void aMessageToAnAuthorIsRelayedWithoutIdentitiesUntilBothAgreeAndAReportedUpdateIsHidden() {
		long ani = this.journey.member("Ani", Language.HY, "AM");
		long aysel = this.journey.member("Aysel", Language.AZ, "AZ");
		Educator author = this.educators.visibility(TelegramUserId.of(aysel), Visibility.NETWORK);
		Initiative initiative = create(author, "Məktəb bağçası", "Şagirdlərlə tərəvəz əkirik.", Topic.ENVIRONMENT);
		InitiativeUpdate update = this.initiatives.post(author, initiative.id(), "İlk məhsul yığıldı", List.of(), null);

		JsonNode shown = this.journey.command(ani, "/start u-" + update.id());
		shown = this.sandbox.awaitBotMessage(ani, shown.get("messageId").asInt() - 1,
				(m) -> Journey.textOf(m).contains("İlk məhsul yığıldı"));
		this.journey.press(ani, shown, text(Language.HY, "initiatives.button.reply"));
		JsonNode ask = this.journey.awaitText(ani, shown.get("messageId").asInt(),
				text(Language.HY, "initiatives.reply.ask", Map.of("title", initiative.title())));
		int before = this.sandbox.lastMessageId(aysel);
		this.sandbox.write(ani, "Ինչպե՞ս գտաք սերմերը");
		this.journey.awaitText(ani, ask.get("messageId").asInt(), text(Language.HY, "initiatives.reply.sent"));
		JsonNode relayed = this.sandbox.awaitBotMessage(aysel, before,
				(m) -> Journey.textOf(m).contains("Ինչպե՞ս գտաք սերմերը"));
		assertThat(relayed.toString()).doesNotContain(String.valueOf(ani)).doesNotContain("tg://user");

		long replyId = this.jdbc.queryForObject("select max(id) from update_replies", Long.class);
		JsonNode card = this.journey.command(aysel, "/start r-" + replyId);
		card = this.sandbox.awaitBotMessage(aysel, card.get("messageId").asInt() - 1,
				(m) -> Journey.textOf(m).contains("Ինչպե՞ս գտաք սերմերը") && m.has("inlineKeyboard"));
		this.journey.press(aysel, card, text(Language.AZ, "initiatives.button.answer"));
		this.journey.awaitText(aysel, card.get("messageId").asInt(),
				text(Language.AZ, "initiatives.reply.ask", Map.of("title", initiative.title())));
		int beforeAni = this.sandbox.lastMessageId(ani);
		this.sandbox.write(aysel, "Kənd bazarından aldıq");
		JsonNode answer = this.sandbox.awaitBotMessage(ani, beforeAni,
				(m) -> Journey.textOf(m).contains("Kənd bazarından aldıq"));
		assertThat(answer.toString()).doesNotContain(String.valueOf(aysel)).doesNotContain("tg://user");

		// Ani offers to exchange contacts; only Aysel's agreement reveals them
		long answerId = this.jdbc.queryForObject("select max(id) from update_replies", Long.class);
		JsonNode answerCard = this.journey.command(ani, "/start r-" + answerId);
		answerCard = this.sandbox.awaitBotMessage(ani, answerCard.get("messageId").asInt() - 1,
				(m) -> Journey.textOf(m).contains("Kənd bazarından aldıq") && m.has("inlineKeyboard"));
		int offerAfter = this.sandbox.lastMessageId(aysel);
		this.journey.press(ani, answerCard, text(Language.HY, "initiatives.button.exchange"));
		this.journey.awaitText(ani, answerCard.get("messageId").asInt(),
				visibleStart(Language.HY, "initiatives.exchange.waiting"));
		this.sandbox.awaitBotMessage(aysel, offerAfter,
				(m) -> m.toString().contains("x-" + this.journey.educator(ani).id()));
		assertThat(this.sandbox.chat(aysel).toString()).doesNotContain("tg://user");
		JsonNode offer = this.journey.command(aysel, "/start x-" + this.journey.educator(ani).id());
		offer = this.sandbox.awaitBotMessage(aysel, offer.get("messageId").asInt() - 1, (m) -> m.has("inlineKeyboard")
				&& m.get("inlineKeyboard").toString().contains(text(Language.AZ, "initiatives.button.exchange")));
		this.journey.press(aysel, offer, text(Language.AZ, "initiatives.button.exchange"));
		this.sandbox.awaitChat(ani, (chat) -> chat.toString().contains("tg://user?id=" + aysel));
		this.sandbox.awaitChat(aysel, (chat) -> chat.toString().contains("tg://user?id=" + ani));

		// Ani reports the update by replying /report to its card; a coordinator hides it
		int reportAfter = this.sandbox.lastMessageId(ani);
		this.sandbox.reply(ani, shown.get("messageId").asInt(), "/report реклама");
		this.journey.awaitText(ani, reportAfter, text(Language.HY, "initiatives.reported"));
		assertThat(this.moderation.reported(EducatorScope.of(Set.of(Country.AZ), Set.of())))
			.extracting((m) -> m.update().id())
			.contains(update.id());
		int hiddenAfter = this.sandbox.lastMessageId(aysel);
		this.moderation.hide(update.id(), "Personal data of pupils", "az@example.org",
				EducatorScope.of(Set.of(Country.AZ), Set.of()));
		this.sandbox.awaitBotMessage(aysel, hiddenAfter, (m) -> Journey.textOf(m).contains("Personal data of pupils"));
		int goneAfter = this.sandbox.write(ani, "/start u-" + update.id());
		this.journey.awaitText(ani, goneAfter, text(Language.HY, "initiatives.updateGone"));
	}

	@Test
	void aGroupsDigestReachesItsChatsTopicOnceAtTheGroupsHour() {
		long giorgi = this.journey.member("Giorgi", Language.KA, "GE");
		Educator author = this.journey.educator(giorgi);
		PeerGroup group = this.groups.create(
				new PeerGroupDraft(Map.of(Language.KA, new GroupText("თბილისის პედაგოგები " + System.nanoTime(), null)),
						Set.of(Topic.CIVIC_EDUCATION), Country.GE, Network.ALUMNI, Language.KA, JoinPolicy.OPEN, null,
						Set.of()),
				ADMIN);
		this.groups.join(author, group.id());
		long chat = this.sandbox.createGroup(giorgi, "Tbilisi teachers", true, true);
		int topic = this.sandbox.createTopic(chat, giorgi, "Digest");
		this.sandbox.addBot(chat, giorgi);
		this.chats.link(this.groups.offerChatLink(group.id(), ADMIN), chat, topic, "Tbilisi teachers", "admin");
		ZoneId tbilisi = ZoneId.of("Asia/Tbilisi");
		ZonedDateTime now = ZonedDateTime.now(tbilisi);
		this.groups.digest(group.id(),
				new DigestSchedule(DigestSchedule.Frequency.DAILY, now.getDayOfWeek(), now.getHour(), tbilisi), ADMIN);
		this.jdbc.update("update peer_groups set digest_set_at = now() - interval '2 days' where id = ?", group.id());
		Initiative initiative = this.initiatives.create(author,
				new InitiativeDraft("სკოლის ბაღი", "ბავშვებთან ერთად ვრგავთ ხეებს.", Set.of(Topic.ENVIRONMENT), null,
						Stage.RUNNING, Set.of(group.id()), Set.of()));
		this.initiatives.post(author, initiative.id(), "დღეს 20 ხე დავრგეთ", List.of(), null);

		this.digests.run(Instant.now());
		this.digests.run(Instant.now());
		GroupChatJourneyTests.await(() -> GroupChatJourneyTests.botMessages(this.sandbox, chat)
			.stream()
			.anyMatch((m) -> Journey.textOf(m).contains("დღეს 20 ხე დავრგეთ")));
		this.digests.run(Instant.now().plusSeconds(60));
		List<JsonNode> digests = GroupChatJourneyTests.botMessages(this.sandbox, chat)
			.stream()
			.filter((m) -> Journey.textOf(m).contains("დღეს 20 ხე დავრგეთ"))
			.toList();
		assertThat(digests).singleElement().satisfies((m) -> {
			assertThat(m.get("threadId").asInt()).isEqualTo(topic);
			assertThat(Journey.textOf(m)).contains("სკოლის ბაღი", "Giorgi", group.name(Language.KA));
			// composed in Telegram's HTML and sent as such: the tags are formatting, not
			// text
			assertThat(m.get("parseMode").asString()).isEqualTo("HTML");
		});
	}

	// helpers

	private Initiative create(Educator author, String title, String summary, Topic topic) {
		return this.initiatives.create(author,
				new InitiativeDraft(title, summary, Set.of(topic), null, Stage.RUNNING, Set.of(), Set.of()));
	}

	private String found(long user, String command) {
		return Journey.textOf(this.journey.command(user, command)) + this.sandbox.botMessages(user)
			.get(this.sandbox.botMessages(user).size() - 1)
			.get("inlineKeyboard")
			.toString();
	}

	private String text(Language language, String key) {
		return this.journey.text(language, key);
	}

	private String text(Language language, String key, Map<String, ?> arguments) {
		return this.journey.text(language, key, arguments);
	}

	private String visible(Language language, String key) {
		return org.socialchange.platform.Registrations.visible(text(language, key));
	}

	/**
	 * The catalogue text up to its first placeholder, to wait for a text with arguments.
	 */
	private String visibleStart(Language language, String key) {
		String text = this.journey.text(language, key, Map.of("title", "\u0001", "max", 4096, "name", "\u0001"));
		int cut = text.indexOf('\u0001');
		return (cut > 0) ? text.substring(0, cut) : text;
	}

}
