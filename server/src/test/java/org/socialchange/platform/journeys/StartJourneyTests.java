package org.socialchange.platform.journeys;

import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Collator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripted users talk to the running bot through the sandbox Bot API over HTTP, with the
 * real TelegramBots client on the bot's side.
 */
@PlatformTest
class StartJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	EducatorManagement educators;

	SandboxClient sandbox() {
		return new SandboxClient(this.port);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void newUserChoosesALanguageAndIsGreetedInIt(Language language) {
		SandboxClient sandbox = sandbox();
		String name = "Educator " + language.code();
		long user = sandbox.createUser(name, language.code());
		int start = sandbox.write(user, "/start");

		JsonNode picker = sandbox.awaitBotMessage(user, start);
		assertThat(picker.get("text").asString()).isEqualTo(this.messages.format(language, "language.prompt"));
		List<JsonNode> firstRow = picker.get("inlineKeyboard").get(0).valueStream().toList();
		assertThat(firstRow).singleElement()
			.satisfies((button) -> assertThat(button.get("text").asString()).isEqualTo(language.nativeName()));
		assertThat(picker.get("inlineKeyboard").valueStream().mapToInt(JsonNode::size).sum())
			.isEqualTo(Language.values().length);

		sandbox.press(user, picker.get("messageId").asInt(), "lang:" + language.code());
		String greeting = this.messages.format(language, "start.greeting", Map.of("name", name));
		JsonNode welcome = sandbox.awaitBotMessage(user, picker.get("messageId").asInt(),
				(m) -> m.get("text").asString().startsWith(greeting));
		assertThat(welcome.get("text").asString())
			.contains(Registrations.visible(this.messages.format(language, "privacy.notice")));
		Journey journey = new Journey(sandbox, this.messages, this.educators);
		String chosen = this.messages.format(language, "language.chosen", Map.of("language", language.nativeName()));
		JsonNode editedPicker = journey.awaitEdit(user, picker, chosen);
		assertThat(editedPicker.get("text").asString()).isEqualTo(chosen);
		assertThat(editedPicker.get("inlineKeyboard").isNull()).isTrue();
		assertThat(this.educators.find(TelegramUserId.of(user))).get()
			.extracting(Educator::language)
			.isEqualTo(language);

		// consent given, the greeting stays above the question, with the answer below
		sandbox.press(user, welcome.get("messageId").asInt(), "reg:PRIVACY:yes");
		String answer = this.messages.format(language, "registration.answered",
				Map.of("answer", this.messages.format(language, "privacy.agree")));
		String answered = journey.awaitEdit(user, welcome, answer).get("text").asString();
		assertThat(answered).startsWith(greeting)
			.contains(Registrations.visible(this.messages.format(language, "privacy.notice")))
			.endsWith(Registrations.visible(answer));
	}

	@Test
	void aRegionalLanguageWeDoNotHaveYetGetsRussian() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Dilnoza", "uz");
		int start = sandbox.write(user, "/start");
		JsonNode picker = sandbox.awaitBotMessage(user, start);
		assertThat(picker.get("text").asString()).isEqualTo(this.messages.format(Language.RU, "language.prompt"));
		assertThat(picker.get("inlineKeyboard").get(0).get(0).get("callback_data").asString()).isEqualTo("lang:ru");
	}

	@Test
	void languageCanBeChangedLaterAndStartWelcomesBack() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Nino", "ka");
		new Registrations(sandbox, this.messages).register(user, Language.KA, "GE", null);

		int command = sandbox.write(user, "/language");
		JsonNode picker = sandbox.awaitBotMessage(user, command);
		assertThat(picker.get("text").asString()).isEqualTo(this.messages.format(Language.KA, "language.prompt"));
		sandbox.press(user, picker.get("messageId").asInt(), "lang:az");
		JsonNode changed = sandbox.awaitBotMessage(user, picker.get("messageId").asInt());
		assertThat(changed.get("text").asString()).isEqualTo(this.messages.format(Language.AZ, "language.changed"));
		assertThat(this.educators.find(TelegramUserId.of(user))).get()
			.extracting(Educator::language)
			.isEqualTo(Language.AZ);

		// the date as the educator's own day shows it
		Educator educator = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		int again = sandbox.write(user, "/start");
		JsonNode welcomeBack = sandbox.awaitBotMessage(user, again);
		assertThat(welcomeBack.get("text").asString()).startsWith(this.messages.format(Language.AZ, "start.welcomeBack",
				Map.of("name", "Nino", "joined", educator.joinedAt()), educator.timeZone().orElseThrow()));
	}

	@Test
	void anythingNotUnderstoodGetsLocalizedHelp() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Aram", "hy");
		new Registrations(sandbox, this.messages).register(user, Language.HY, "AM", null);
		for (String text : List.of("hello there", "/unknowncommand", "<b>&amp;</b>")) {
			int sent = sandbox.write(user, text);
			JsonNode help = sandbox.awaitBotMessage(user, sent);
			assertThat(help.get("text").asString()).startsWith(this.messages.format(Language.HY, "help.intro"))
				.contains("/language — " + this.messages.format(Language.HY, "command.language"));
		}
	}

	@Test
	void staleOrForgedButtonsAreAnsweredAndChangeNothing() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Farida", "tg");
		JsonNode picker = register(sandbox, user, Language.TG);
		for (String forged : List.of("lang:xx", "nonsense", "unknown:1", "lang:")) {
			sandbox.press(user, picker.get("messageId").asInt(), forged);
		}
		String stale = this.messages.format(Language.TG, "callback.stale");
		JsonNode chat = sandbox.awaitChat(user, (c) -> c.get("notices").size() >= 4);
		assertThat(chat.get("notices").valueStream().map((n) -> n.get("text").asString())).containsOnly(stale);
		assertThat(this.educators.find(TelegramUserId.of(user))).get()
			.extracting(Educator::language)
			.isEqualTo(Language.TG);
	}

	@Test
	void theSameUpdateDeliveredTwiceIsHandledOnce() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Olga", "ru");
		register(sandbox, user, Language.RU);
		int before = sandbox.botMessages(user).size();
		sandbox.writeTwice(user, "/help");
		int marker = sandbox.write(user, "/language");
		sandbox.awaitBotMessage(user, marker, (m) -> !m.get("inlineKeyboard").isNull());
		String help = this.messages.format(Language.RU, "help.commands");
		assertThat(sandbox.botMessages(user)
			.stream()
			.skip(before)
			.filter((m) -> m.get("text").asString().startsWith(help))).hasSize(1);
	}

	@Test
	void aFailingHandlerApologizesInTheUsersLanguageAndTheNextUpdateIsHandled() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Leyla", "az");
		register(sandbox, user, Language.AZ);
		int failing = sandbox.write(user, "/fail");
		JsonNode apology = sandbox.awaitBotMessage(user, failing);
		assertThat(apology.get("text").asString()).isEqualTo(this.messages.format(Language.AZ, "error.generic"));
		int next = sandbox.write(user, "/help");
		assertThat(sandbox.awaitBotMessage(user, next).get("text").asString())
			.startsWith(this.messages.format(Language.AZ, "help.commands"));
	}

	private JsonNode register(SandboxClient sandbox, long user, Language language) {
		int start = sandbox.write(user, "/start");
		JsonNode picker = sandbox.awaitBotMessage(user, start);
		sandbox.press(user, picker.get("messageId").asInt(), "lang:" + language.code());
		sandbox.awaitBotMessage(user, picker.get("messageId").asInt());
		return picker;
	}

	@Test
	void aUserWhoseAppIsInRussianChoosesGeorgianAndGetsTheGeorgianMenuAndCountriesInGeorgianOrder() {
		SandboxClient sandbox = sandbox();
		Registrations registrations = new Registrations(sandbox, this.messages);
		long user = sandbox.createUser("Nino", "ru");
		String russianStart = this.messages.format(Language.RU, "command.start");
		String georgianStart = this.messages.format(Language.KA, "command.start");
		assertThat(menu(sandbox, user)).contains(russianStart);

		JsonNode privacy = registrations.startAndChoose(user, Language.KA);
		assertThat(menu(sandbox, user)).as("the chat's own menu, in the chosen language")
			.contains(georgianStart)
			.doesNotContain(russianStart);
		JsonNode name = registrations.answer(user, privacy, "reg:PRIVACY:yes", Language.KA, "registration.name.prompt");
		JsonNode countries = registrations.answer(user, name, "reg:NAME:tg", Language.KA,
				"registration.country.prompt");
		List<String> labels = countries.get("inlineKeyboard")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.filter((button) -> button.get("callback_data").asString().startsWith("reg:COUNTRY:")
					&& !button.get("callback_data").asString().endsWith(":back"))
			.map((button) -> button.get("text").asString())
			.toList();
		assertThat(labels).hasSize(6);
		Collator georgian = Collator.getInstance(Language.KA.locale());
		assertThat(labels.subList(0, 5)).isSortedAccordingTo(georgian::compare);
		assertThat(labels.get(5)).isEqualTo(this.messages.format(Language.KA, "registration.country.other"));
	}

	private static List<String> menu(SandboxClient sandbox, long user) {
		return sandbox.get("/sandbox/api/commands?languageCode=ru&chatId=" + user)
			.valueStream()
			.map((command) -> command.get("description").asString())
			.toList();
	}

}
