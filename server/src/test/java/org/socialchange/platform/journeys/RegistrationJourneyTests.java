package org.socialchange.platform.journeys;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Role;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripted educators register, edit their profile and use their privacy controls through
 * the sandbox, in every language, with the bad input real people send.
 */
@PlatformTest
class RegistrationJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	EducatorManagement educators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeliveryManagement deliveries;

	@Autowired
	Conversations conversations;

	/** The step the user's conversation in their private chat waits at. */
	Optional<String> step(long user) {
		return this.conversations.find(TelegramUserId.of(user), ChatId.of(user)).map(Conversation::step);
	}

	SandboxClient sandbox() {
		return new SandboxClient(this.port);
	}

	Registrations registrations(SandboxClient sandbox) {
		return new Registrations(sandbox, this.messages);
	}

	@ParameterizedTest
	@CsvSource({ "EN, OTHER, Asia/Almaty", "RU, RU, Asia/Vladivostok", "HY, AM,", "KA, GE,", "AZ, AZ,", "TG, TJ," })
	void registersInEveryLanguage(Language language, Country country, String zone) {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Teacher " + language.code(), language.code());
		JsonNode summary = registrations(sandbox).register(user, language, country.name(), zone);
		assertThat(summary.get("text").asString()).startsWith(this.messages.format(language, "registration.done"))
			.contains("Teacher " + language.code());

		Educator educator = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		assertThat(educator.isRegistered()).isTrue();
		assertThat(educator.language()).isEqualTo(language);
		assertThat(educator.displayName()).contains("Teacher " + language.code());
		assertThat(educator.country()).contains(country);
		assertThat(educator.region()).contains("Gyumri");
		assertThat(educator.role()).contains(Role.TEACHER);
		assertThat(educator.topics()).containsExactlyInAnyOrder(Topic.CIVIC_EDUCATION, Topic.CHILDRENS_RIGHTS);
		assertThat(educator.network()).contains(Network.ALUMNI);
		assertThat(educator.visibility()).isEqualTo(Visibility.PEER_GROUPS);
		ZoneId expectedZone = (zone != null) ? ZoneId.of(zone) : country.zone().orElseThrow();
		assertThat(educator.timeZone()).contains(expectedZone);
		if (country == Country.OTHER) {
			assertThat(educator.countryOther()).contains("Kazakhstan");
		}
	}

	@Test
	void decliningStoresNothingAndStartBeginsAfresh() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		String name = "Ашот" + System.nanoTime();
		long user = sandbox.createUser(name, "ru");
		long erasedBefore = this.educators.erasedCount();
		JsonNode privacy = registrations.startAndChoose(user, Language.RU);
		sandbox.press(user, privacy.get("messageId").asInt(), "reg:PRIVACY:no");
		registrations.awaitQuestion(user, privacy.get("messageId").asInt(), Language.RU, "privacy.declined");
		assertThat(this.educators.find(TelegramUserId.of(user))).isEmpty();
		assertThat(step(user)).isEmpty();
		assertNothingStoredAbout(user, name);
		assertThat(this.educators.erasedCount()).isEqualTo(erasedBefore);

		JsonNode again = registrations.startAndChoose(user, Language.RU);
		registrations.answer(user, again, "reg:PRIVACY:yes", Language.RU, "registration.name.prompt");
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().consentedAt()).isPresent();
	}

	@Test
	void backGoesOneStepBackAndCancelLeavesTheFlowUntilStart() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		long user = sandbox.createUser("Nana", "ka");
		JsonNode privacy = registrations.startAndChoose(user, Language.KA);
		JsonNode name = registrations.answer(user, privacy, "reg:PRIVACY:yes", Language.KA, "registration.name.prompt");
		JsonNode country = registrations.type(user, "Nana B.", Language.KA, "registration.country.prompt");
		JsonNode backToName = registrations.answer(user, country, "reg:COUNTRY:back", Language.KA,
				"registration.name.prompt");
		assertThat(step(user)).contains("NAME");
		registrations.answer(user, backToName, "reg:NAME:tg", Language.KA, "registration.country.prompt");
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().displayName()).contains("Nana");

		int cancel = sandbox.write(user, "/cancel");
		registrations.awaitQuestion(user, cancel, Language.KA, "registration.cancelled");
		int chat = sandbox.write(user, "Armenia");
		registrations.awaitQuestion(user, chat, Language.KA, "help.intro");
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().country()).isEmpty();

		int start = sandbox.write(user, "/start");
		registrations.awaitQuestion(user, start, Language.KA, "registration.resume");
		registrations.awaitQuestion(user, start, Language.KA, "registration.country.prompt");
	}

	@Test
	void badInputGetsALocalizedAnswerAndLosesNothing() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		long user = sandbox.createUser("Գայանե", "hy");
		JsonNode privacy = registrations.startAndChoose(user, Language.HY);
		JsonNode name = registrations.answer(user, privacy, "reg:PRIVACY:yes", Language.HY, "registration.name.prompt");

		for (String kind : List.of("sticker", "photo", "voice", "location", "contact")) {
			int sent = sandbox.sendMedia(user, kind);
			registrations.awaitQuestion(user, sent, Language.HY, "input.textExpected");
		}
		int invisible = sandbox.write(user, "\u200B\u200E\u2060");
		registrations.awaitQuestion(user, invisible, Language.HY, "input.empty");
		int tooLong = sandbox.write(user, "Ա".repeat(65));
		String limit = this.messages.format(Language.HY, "input.tooLong", Map.of("max", 64));
		sandbox.awaitBotMessage(user, tooLong, (m) -> m.get("text").asString().equals(limit));
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().displayName()).isEmpty();

		int edited = sandbox.write(user, "/help");
		sandbox.awaitBotMessage(user, edited);
		int beforeEdit = sandbox.lastMessageId(user);
		sandbox.edit(user, edited, "Someone else");

		String html = "<b>Գայանե</b> & \u202Eco 👩‍🏫";
		JsonNode country = registrations.type(user, html, Language.HY, "registration.country.prompt");
		assertThat(sandbox.botMessages(user).stream().filter((m) -> m.get("messageId").asInt() > beforeEdit))
			.as("the edited message was ignored: only the country question followed")
			.hasSize(1);
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().displayName())
			.contains("<b>Գայանե</b> & co 👩‍🏫");

		sandbox.press(user, name.get("messageId").asInt(), "reg:NAME:tg");
		sandbox.press(user, country.get("messageId").asInt(), "reg:COUNTRY:XX");
		sandbox.press(user, country.get("messageId").asInt(), "reg:NETWORK:NEW");
		String stale = this.messages.format(Language.HY, "callback.stale");
		sandbox.awaitChat(user,
				(c) -> c.get("notices")
					.valueStream()
					.filter((n) -> n.get("text").asString().equals(stale))
					.count() >= 3);
		Educator educator = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		assertThat(step(user)).contains("COUNTRY");
		assertThat(educator.displayName()).contains("<b>Գայանե</b> & co 👩‍🏫");

		JsonNode region = registrations.answer(user, country, "reg:COUNTRY:AM", Language.HY,
				"registration.region.prompt");
		JsonNode role = registrations.answer(user, region, "reg:REGION:skip", Language.HY, "registration.role.prompt");
		int roleMessages = sandbox.botMessages(user).size();
		sandbox.press(user, role.get("messageId").asInt(), "reg:ROLE:YOUTH_WORKER");
		sandbox.press(user, role.get("messageId").asInt(), "reg:ROLE:NGO_STAFF");
		JsonNode topics = registrations.awaitQuestion(user, role.get("messageId").asInt(), Language.HY,
				"registration.topics.prompt");
		sandbox.awaitChat(user,
				(c) -> c.get("notices")
					.valueStream()
					.filter((n) -> n.get("text").asString().equals(stale))
					.count() >= 4);
		assertThat(sandbox.botMessages(user)).hasSize(roleMessages + 1);
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().role()).contains(Role.YOUTH_WORKER);

		int text = sandbox.write(user, "civic education");
		registrations.awaitQuestion(user, text, Language.HY, "input.buttonsExpected");
		sandbox.press(user, topics.get("messageId").asInt(), "reg:TOPICS:done");
		String noneChosen = this.messages.format(Language.HY, "registration.topics.noneChosen");
		sandbox.awaitChat(user,
				(c) -> c.get("notices").valueStream().anyMatch((n) -> n.get("text").asString().equals(noneChosen)));
		assertThat(step(user)).contains("TOPICS");

		sandbox.press(user, topics.get("messageId").asInt(), "reg:TOPICS:MEDIA_LITERACY");
		JsonNode network = registrations.answer(user, topics, "reg:TOPICS:done", Language.HY,
				"registration.network.prompt");
		JsonNode done = registrations.answer(user, network, "reg:NETWORK:NEW", Language.HY, "registration.done");
		assertThat(done.get("text").asString()).contains("<b>Գայանե</b> & co 👩‍🏫");
	}

	@Test
	void profileFieldsAreEditedWithTheSameStepsAndVisibilityIsChosen() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		long user = sandbox.createUser("Rustam", "tg");
		registrations.register(user, Language.TG, "TJ", null);

		JsonNode profile = registrations.type(user, "/profile", Language.TG, "profile.edit");
		JsonNode role = registrations.answer(user, profile, "prof:ROLE", Language.TG, "registration.role.prompt");
		JsonNode saved = registrations.answer(user, role, "reg:ROLE:SCHOOL_LEADER", Language.TG, "profile.edit");
		assertThat(saved.get("text").asString()).contains(this.messages.format(Language.TG, "role.SCHOOL_LEADER"));
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().role()).contains(Role.SCHOOL_LEADER);
		assertThat(step(user)).isEmpty();

		JsonNode visibility = registrations.answer(user, saved, "prof:VISIBILITY", Language.TG,
				"profile.visibility.prompt");
		registrations.answer(user, visibility, "vis:COORDINATORS", Language.TG, "profile.edit");
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().visibility())
			.isEqualTo(Visibility.COORDINATORS);

		JsonNode country = registrations.answer(user, registrations.type(user, "/profile", Language.TG, "profile.edit"),
				"prof:COUNTRY", Language.TG, "registration.country.prompt");
		JsonNode zones = registrations.answer(user, country, "reg:COUNTRY:RU", Language.TG,
				"registration.timeZone.prompt");
		registrations.answer(user, zones, "reg:TIME_ZONE:Asia/Yakutsk", Language.TG, "profile.edit");
		Educator educator = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		assertThat(educator.country()).contains(Country.RU);
		assertThat(educator.timeZone()).contains(ZoneId.of("Asia/Yakutsk"));
		assertThat(educator.region()).contains("Gyumri");
	}

	@Test
	void myDataSendsAFileWithEverythingStored() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Elnur", "az");
		registrations(sandbox).register(user, Language.AZ, "AZ", null);
		JsonNode data = myData(sandbox, user);
		JsonNode profile = data.get("profile");
		assertThat(profile.get("displayName").asString()).isEqualTo("Elnur");
		assertThat(profile.get("country").asString()).isEqualTo("AZ");
		assertThat(profile.get("region").asString()).isEqualTo("Gyumri");
		assertThat(profile.get("timeZone").asString()).isEqualTo("Asia/Baku");
		assertThat(profile.get("topics").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("CHILDRENS_RIGHTS", "CIVIC_EDUCATION");
		assertThat(profile.has("phoneNumber")).isFalse();
		assertThat(data.has("conversations")).as("a finished registration leaves no conversation behind").isFalse();
	}

	@Test
	void myDataInTheMiddleOfRegistrationHoldsTheOpenConversationAndItGoesOn() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		long user = sandbox.createUser("Farrukh", "tg");
		JsonNode privacy = registrations.startAndChoose(user, Language.TG);
		registrations.answer(user, privacy, "reg:PRIVACY:yes", Language.TG, "registration.name.prompt");
		registrations.type(user, "Фаррух", Language.TG, "registration.country.prompt");
		JsonNode data = myData(sandbox, user);
		assertThat(data.get("profile").get("displayName").asString()).isEqualTo("Фаррух");
		JsonNode open = data.get("conversations").get("open").get(0);
		assertThat(open.get("flow").asString()).isEqualTo("registration");
		assertThat(open.get("step").asString()).isEqualTo("COUNTRY");
		assertThat(step(user)).contains("COUNTRY");
	}

	private static JsonNode myData(SandboxClient sandbox, long user) {
		int mydata = sandbox.write(user, "/mydata");
		JsonNode document = sandbox.awaitBotMessage(user, mydata, (m) -> !m.get("document").isNull());
		assertThat(document.get("document").get("fileName").asString()).isEqualTo("my-data.json");
		return JsonMapper.builder().build().readTree(sandbox.file(document.get("document").get("fileId").asString()));
	}

	@Test
	void deleteErasesEveryPersonalFieldAndStartBeginsAfresh() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		String name = "Erasable" + System.nanoTime();
		long user = sandbox.createUser(name, "en");
		registrations.register(user, Language.EN, "GE", null);
		long erasedBefore = this.educators.erasedCount();
		Educator registered = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		this.deliveries.enqueue("test", null, 0, List.of(new NewDelivery(EducatorId.of(registered.id()),
				ChatId.of(user), "Later", null, null, Instant.now().plus(Duration.ofDays(1)), null)));

		JsonNode confirm = registrations.type(user, "/delete", Language.EN, "delete.confirm");
		sandbox.press(user, confirm.get("messageId").asInt(), button(confirm, 0));
		awaitText(sandbox, user, Language.EN, "delete.done");

		assertThat(this.educators.find(TelegramUserId.of(user))).isEmpty();
		assertThat(this.educators.erasedCount()).isEqualTo(erasedBefore + 1);
		assertThat(this.jdbc.queryForList("select state from deliveries where text = 'Later'", String.class))
			.containsExactly("CANCELLED");
		assertNothingStoredAbout(user, name);
		// checking afterwards, they are told there is no profile, and it stays so
		registrations.type(user, "/mydata", Language.EN, "privacy.nobodyKnown");
		registrations.type(user, "/stop", Language.EN, "privacy.nobodyKnown");
		assertThat(this.educators.find(TelegramUserId.of(user))).isEmpty();

		int picker = sandbox.botMessages(user).get(0).get("messageId").asInt();
		sandbox.press(user, picker, "lang:ka");
		String stale = this.messages.format(Language.EN, "callback.stale");
		sandbox.awaitChat(user,
				(c) -> c.get("notices").valueStream().anyMatch((n) -> n.get("text").asString().equals(stale)));
		assertThat(this.educators.find(TelegramUserId.of(user))).as("a stale language button creates no one").isEmpty();

		registrations.startAndChoose(user, Language.EN);
		Educator fresh = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		assertThat(step(user)).contains("PRIVACY");
		assertThat(fresh.displayName()).isEmpty();
		assertThat(fresh.topics()).isEmpty();
	}

	@Test
	void anExpiredDeleteConfirmationErasesNothing() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		long user = sandbox.createUser("Lusine", "hy");
		registrations.register(user, Language.HY, "AM", null);
		JsonNode confirm = registrations.type(user, "/delete", Language.HY, "delete.confirm");
		String fresh = button(confirm, 0);
		assertThat(fresh).startsWith("del:yes:");
		long twentyMinutesAgo = Instant.now().minus(Duration.ofMinutes(20)).getEpochSecond();
		sandbox.press(user, confirm.get("messageId").asInt(),
				"del:yes:" + Long.toString(twentyMinutesAgo, Character.MAX_RADIX));
		awaitText(sandbox, user, Language.HY, "delete.expired");
		assertThat(this.educators.find(TelegramUserId.of(user))).isPresent();

		JsonNode again = registrations.type(user, "/delete", Language.HY, "delete.confirm");
		sandbox.press(user, again.get("messageId").asInt(), "del:yes");
		sandbox.awaitChat(user,
				(c) -> c.get("messages")
					.valueStream()
					.filter((m) -> m.get("text").asString().equals(this.messages.format(Language.HY, "delete.expired")))
					.count() == 2);
		assertThat(this.educators.find(TelegramUserId.of(user))).as("data of a button from before expiry existed")
			.isPresent();
	}

	/** The callback data of a message's button, counted row by row. */
	private static String button(JsonNode message, int index) {
		return message.get("inlineKeyboard")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.toList()
			.get(index)
			.get("callback_data")
			.asString();
	}

	private void awaitText(SandboxClient sandbox, long user, Language language, String key) {
		String text = this.messages.format(language, key);
		sandbox.awaitChat(user,
				(c) -> c.get("messages").valueStream().anyMatch((m) -> m.get("text").asString().equals(text)));
	}

	/** No cell of any table holds the person's Telegram id or name. */
	private void assertNothingStoredAbout(long user, String name) {
		for (String table : this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
				String.class)) {
			for (Map<String, Object> row : this.jdbc.queryForList("select * from " + table)) {
				assertThat(row.values()).as(table).allSatisfy((value) -> {
					String text = String.valueOf(value);
					assertThat(text).doesNotContain(name).isNotEqualTo(String.valueOf(user));
				});
			}
		}
	}

	@Test
	void stopPausesResumeRestoresAndBlockingMarksTheEducator() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = registrations(sandbox);
		long user = sandbox.createUser("Maka", "ka");
		registrations.register(user, Language.KA, "GE", null);
		registrations.type(user, "/stop", Language.KA, "stop.done");
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().paused()).isTrue();
		registrations.type(user, "/resume", Language.KA, "resume.done");
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().paused()).isFalse();

		sandbox.block(user);
		awaitTrue(() -> this.educators.find(TelegramUserId.of(user)).orElseThrow().unreachable());
		registrations.type(user, "/help", Language.KA, "help.commands");
		assertThat(this.educators.find(TelegramUserId.of(user)).orElseThrow().unreachable()).isFalse();
	}

	@Test
	void aDeepLinkIsKeptThroughRegistrationAndActedOnAtTheEnd() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Zara", "en");
		int start = sandbox.write(user, "/start invite_42");
		JsonNode picker = sandbox.awaitBotMessage(user, start);
		sandbox.press(user, picker.get("messageId").asInt(), "lang:en");
		assertThat(this.conversations.find(TelegramUserId.of(user), ChatId.of(user))
			.flatMap((conversation) -> conversation.get("payload"))).contains("invite_42");
		Registrations registrations = registrations(sandbox);
		JsonNode privacy = registrations.awaitQuestion(user, picker.get("messageId").asInt(), Language.EN,
				"privacy.notice");
		JsonNode name = registrations.answer(user, privacy, "reg:PRIVACY:yes", Language.EN, "registration.name.prompt");
		JsonNode country = registrations.answer(user, name, "reg:NAME:tg", Language.EN, "registration.country.prompt");
		JsonNode region = registrations.answer(user, country, "reg:COUNTRY:AM", Language.EN,
				"registration.region.prompt");
		JsonNode role = registrations.answer(user, region, "reg:REGION:skip", Language.EN, "registration.role.prompt");
		JsonNode topics = registrations.answer(user, role, "reg:ROLE:OTHER", Language.EN, "registration.topics.prompt");
		sandbox.press(user, topics.get("messageId").asInt(), "reg:TOPICS:ENVIRONMENT");
		JsonNode network = registrations.answer(user, topics, "reg:TOPICS:done", Language.EN,
				"registration.network.prompt");
		JsonNode done = registrations.answer(user, network, "reg:NETWORK:NEW", Language.EN, "registration.done");
		registrations.awaitQuestion(user, done.get("messageId").asInt(), Language.EN, "deeplink.invalid");
		assertThat(step(user)).as("the registration conversation is over, its payload with it").isEmpty();
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met in time");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
