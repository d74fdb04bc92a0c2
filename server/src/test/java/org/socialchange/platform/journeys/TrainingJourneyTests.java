package org.socialchange.platform.journeys;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.training.Audience;
import org.socialchange.platform.training.Program;
import org.socialchange.platform.training.ProgramDraft;
import org.socialchange.platform.training.ProgramManagement;
import org.socialchange.platform.training.ProgramSchedule;
import org.socialchange.platform.training.ProgramText;
import org.socialchange.platform.training.PromptDraft;
import org.socialchange.platform.training.PromptText;
import org.socialchange.platform.training.Question;
import org.socialchange.platform.training.TrainingDays;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training program in an educator's Telegram, through the sandbox with the real
 * TelegramBots client: a coordinator starts a program for a country; its prompts come day
 * by day; the educator chooses an option and changes it until the next prompt, chooses
 * several, answers a reflection by replying to the prompt while creating an initiative
 * (which goes on afterwards), through «Write my reflection» in the middle of it, and as
 * plain text; shares it; sees progress in /training, pauses, resumes, takes the next
 * prompt now and joins an open program; /stop pauses prompts too; forged presses change
 * nothing; pending and unregistered users are told why they have no programs.
 */
@PlatformTest
class TrainingJourneyTests {

	static final GroupAccess ADMIN = new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	static final Language RU = Language.RU;

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final String TITLE = "Медиаграмотность";

	static final String OPEN_TITLE = "Открытый курс";

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	EducatorManagement educators;

	@Autowired
	ProgramManagement programs;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Journey journey;

	SandboxClient sandbox;

	TrainingDays days;

	Program program;

	Program open;

	@BeforeEach
	void sandbox() {
		this.sandbox = new SandboxClient(this.port);
		this.journey = new Journey(this.sandbox, this.messages, this.educators);
		this.days = new TrainingDays(this.context);
	}

	@AfterEach
	void archive() {
		// no prompt of these programs may reach educators of later journeys
		if (this.program != null) {
			this.programs.archive(this.program.id(), ADMIN);
		}
		if (this.open != null) {
			this.programs.archive(this.open.id(), ADMIN);
		}
	}

	@Test
	void anEducatorAnswersPromptsReflectsBesideAnotherConversationAndManagesTheProgram() {
		long marina = this.journey.member("Marina", RU, "RU");
		long educatorId = this.journey.educator(marina).id();
		this.program = startProgram(this.journey.educator(marina));

		// day 1: a single choice, chosen and changed
		this.days.run();
		JsonNode first = awaitPrompt(marina, 0, "Что вы проверяете первым?");
		assertThat(Journey.textOf(first))
			.contains(visible("training.prompt.heading", Map.of("program", TITLE, "position", 1, "total", 5)));
		assertThat(labels(first)).containsExactly("Автора", "Дату", "Другие источники");
		assertThat(first.get("kind").asString()).as("a photo, the prompt its caption").isEqualTo("photo");
		this.journey.press(marina, first, "Дату");
		awaitLabels(marina, first, (labels) -> labels.equals(List.of("Автора", "✅ Дату", "Другие источники")));
		this.journey.press(marina, first, "Автора");
		awaitLabels(marina, first, (labels) -> labels.equals(List.of("✅ Автора", "Дату", "Другие источники")));
		assertThat(options(educatorId, 0)).isEqualTo("0");

		// /training: progress and the next date in her own zone; pausing stops the
		// prompts
		JsonNode list = this.journey.command(marina, "/training");
		Instant due = this.jdbc
			.queryForObject("select next_due_at from training_enrolments where program_id = ? and educator_id = ?",
					Timestamp.class, this.program.id(), educatorId)
			.toInstant();
		assertThat(Journey.textOf(list)).contains(visible("training.list.progress", Map.of("received", 1, "total", 5)))
			.contains(
					Registrations.visible(this.messages.format(RU, "training.list.next", Map.of("due", due), MOSCOW)));
		int notices = notices(marina).size();
		this.journey.press(marina, list, text("training.button.pause", Map.of("title", TITLE)));
		awaitNotice(marina, notices, text("training.paused"));
		this.journey.awaitEdit(marina, list, text("training.list.paused"));
		this.days.dayPasses(this.program.id());
		this.days.run();
		assertThat(sends(educatorId)).isEqualTo(1);
		JsonNode paused = this.journey.awaitEdit(marina, list, text("training.list.paused"));
		this.journey.press(marina, paused, text("training.button.resume", Map.of("title", TITLE)));
		awaitNotice(marina, notices + 1, text("training.resumed"));
		// resumed on the day the first prompt came: the second waits for the next day
		this.days.run();
		assertThat(sends(educatorId)).isEqualTo(1);
		this.days.dayPasses(this.program.id());
		this.days.run();

		// day 2: several choices; the first prompt takes no answer any more
		JsonNode second = awaitPrompt(marina, first.get("messageId").asInt(), "Чем вы уже пользовались?");
		this.journey.press(marina, second, "Поиском по картинке");
		awaitLabels(marina, second, (labels) -> labels.contains("✅ Поиском по картинке"));
		this.journey.press(marina, second, "Сайтами фактчекинга");
		awaitLabels(marina, second,
				(labels) -> labels.contains("✅ Поиском по картинке") && labels.contains("✅ Сайтами фактчекинга"));
		this.journey.press(marina, second, "Поиском по картинке");
		awaitLabels(marina, second,
				(labels) -> labels.contains("Поиском по картинке") && labels.contains("✅ Сайтами фактчекинга"));
		assertThat(options(educatorId, 1)).isEqualTo("1");
		int toChoice = this.sandbox.reply(marina, second.get("messageId").asInt(), "Ещё советом коллег");
		this.journey.awaitText(marina, toChoice, text("training.reflection.choiceOnly"));
		int toClosed = this.sandbox.reply(marina, first.get("messageId").asInt(), "Всё-таки дату");
		this.journey.awaitText(marina, toClosed, text("training.closed"));
		notices = notices(marina).size();
		this.journey.press(marina, first, "Дату");
		awaitNotice(marina, notices, text("training.closed"));
		assertThat(labels(message(marina, first))).containsExactly("✅ Автора", "Дату", "Другие источники");
		assertThat(options(educatorId, 0)).isEqualTo("0");

		// /stop pauses prompts as well; /resume turns them back on
		this.journey.command(marina, "/stop");
		this.days.dayPasses(this.program.id());
		this.days.run();
		assertThat(sends(educatorId)).isEqualTo(2);
		this.journey.command(marina, "/resume");
		this.days.dayPasses(this.program.id());
		this.days.run();

		// day 3: a reflection by reply while an initiative is being described
		JsonNode third = awaitPrompt(marina, second.get("messageId").asInt(), "Что вы попробуете с классом");
		JsonNode titleQuestion = newInitiative(marina);
		int reply = this.sandbox.reply(marina, third.get("messageId").asInt(), "Попробую разобрать с классом фейк.");
		JsonNode saved = this.journey.awaitText(marina, reply,
				text("training.reflection.saved", Map.of("program", TITLE, "position", 3)));
		assertThat(Journey.textOf(saved)).contains(visible("training.sharing.anonymous", Map.of()))
			.contains(visible("training.reflection.otherGoesOn", Map.of()));
		assertThat(reflection(educatorId, 2)).isEqualTo("Попробую разобрать с классом фейк.");
		int title = this.sandbox.write(marina, "Школьный медиаклуб");
		this.journey.awaitText(marina, title, text("initiatives.new.summary", Map.of("max", 1000)));
		assertThat(titleQuestion).isNotNull();
		this.journey.press(marina, saved, text("training.button.share.named"));
		awaitLabels(marina, saved, (labels) -> labels.contains("✅ " + text("training.button.share.named")));
		assertThat(
				this.jdbc.queryForObject(
						"select a.sharing from training_answers a join training_sends s "
								+ "on s.id = a.send_id where s.educator_id = ? and s.position = 2",
						String.class, educatorId))
			.isEqualTo("NAMED");

		// «Write my reflection» in the middle of another conversation holds it and gives
		// it back
		this.journey.command(marina, "/cancel");
		newInitiative(marina);
		this.journey.press(marina, third, text("training.button.reflect"));
		JsonNode ask = this.journey.awaitText(marina, third.get("messageId").asInt(),
				text("training.reflection.ask", Map.of("max", 4000)));
		int written = this.sandbox.write(marina, "Лучше начну с заголовков.");
		JsonNode replaced = this.journey.awaitText(marina, ask.get("messageId").asInt(),
				text("training.reflection.replaced", Map.of("program", TITLE, "position", 3)));
		assertThat(Journey.textOf(replaced)).contains(visible("training.reflection.otherGoesOn", Map.of()));
		assertThat(reflection(educatorId, 2)).isEqualTo("Лучше начну с заголовков.");
		assertThat(written).isPositive();
		int again = this.sandbox.write(marina, "Клуб юных журналистов");
		this.journey.awaitText(marina, again, text("initiatives.new.summary", Map.of("max", 1000)));
		this.journey.command(marina, "/cancel");

		// the next prompt now, answered by plain text with no conversation open
		JsonNode now = this.journey.command(marina, "/training");
		notices = notices(marina).size();
		this.journey.press(marina, now, text("training.button.next", Map.of("title", TITLE)));
		awaitNotice(marina, notices, text("training.next.sent"));
		JsonNode fourth = awaitPrompt(marina, now.get("messageId").asInt(), "Опишите один урок");
		awaitSent(sendId(educatorId, 3));
		int plain = this.sandbox.write(marina, "Урок про источники прошёл живо.");
		this.journey.awaitText(marina, plain,
				text("training.reflection.saved", Map.of("program", TITLE, "position", 4)));
		assertThat(reflection(educatorId, 3)).isEqualTo("Урок про источники прошёл живо.");

		// forged presses: a polite word, nothing changed
		int answers = answers(educatorId);
		notices = notices(marina).size();
		this.sandbox.press(marina, fourth.get("messageId").asInt(), "tq:999999999:0");
		awaitNotice(marina, notices, text("training.closed"));
		this.sandbox.press(marina, fourth.get("messageId").asInt(), "tq:" + sendId(educatorId, 3) + ":7");
		awaitNotice(marina, notices + 1, text("training.closed"));
		this.sandbox.press(marina, fourth.get("messageId").asInt(), "tq:abc");
		awaitNotice(marina, notices + 2, text("callback.stale"));
		assertThat(answers(educatorId)).isEqualTo(answers);
		assertThat(reflection(educatorId, 3)).isEqualTo("Урок про источники прошёл живо.");

		// the last prompt now, then none is left
		JsonNode last = this.journey.awaitEdit(marina, now,
				text("training.list.progress", Map.of("received", 4, "total", 5)));
		this.journey.press(marina, last, text("training.button.next", Map.of("title", TITLE)));
		awaitPrompt(marina, fourth.get("messageId").asInt(), "Спасибо за участие");
		JsonNode finished = this.journey.awaitEdit(marina, now, text("training.list.finished"));
		assertThat(labels(finished)).noneMatch((label) -> label.contains(TITLE));
		notices = notices(marina).size();
		this.journey.press(marina, last, text("training.button.next", Map.of("title", TITLE)));
		awaitNotice(marina, notices, text("training.next.none"));
		assertThat(sends(educatorId)).isEqualTo(5);

		// an open program to join
		this.open = this.programs.create(new ProgramDraft(Map.of(Language.EN, new ProgramText(OPEN_TITLE, "Any time")),
				ProgramSchedule.everyDays(1, LocalTime.MIDNIGHT, LocalDate.now(MOSCOW).minusDays(7), null), Country.RU,
				null, true, false), ADMIN);
		this.programs.addPrompt(this.open.id(),
				new PromptDraft(Map.of(Language.EN, new PromptText("Welcome!", List.of())), null, null, Question.NONE),
				ADMIN);
		this.programs.start(this.open.id(), ADMIN);
		JsonNode joining = this.journey.command(marina, "/training");
		this.journey.press(marina, joining, text("training.button.join"));
		JsonNode openList = this.journey.awaitEdit(marina, joining, text("training.join.title"));
		notices = notices(marina).size();
		this.journey.press(marina, openList, text("training.button.joinOne", Map.of("title", OPEN_TITLE)));
		awaitNotice(marina, notices, text("training.joined"));
		String pauseOpen = text("training.button.pause", Map.of("title", OPEN_TITLE));
		awaitLabels(marina, joining, (labels) -> labels.contains(pauseOpen));
		assertThat(Journey.textOf(message(marina, joining))).contains(TITLE)
			.contains(OPEN_TITLE)
			.contains(visible("training.list.progress", Map.of("received", 0, "total", 1)));
	}

	@Test
	void pendingAndUnregisteredUsersAreToldWhyTheyHaveNoPrograms() {
		long stranger = this.sandbox.createUser("Stranger", "ru");
		JsonNode answer = this.journey.command(stranger, "/training");
		assertThat(Journey.textOf(answer)).contains(visible("profile.notRegistered", Map.of()));
		long pending = this.sandbox.createUser("Pavel", "ru");
		new Registrations(this.sandbox, this.messages).register(pending, RU, "RU", "Europe/Moscow");
		JsonNode waiting = this.journey.command(pending, "/training");
		assertThat(Journey.textOf(waiting)).contains(visible("training.pending", Map.of()));
	}

	/**
	 * The program, enrolling a peer group of the educator alone: other journeys' members
	 * in the shared application must not get (and hold up) its prompts.
	 */
	private Program startProgram(Educator educator) {
		PeerGroup group = this.groups.create(
				new PeerGroupDraft(Map.of(RU, new GroupText("Медиаграмотность " + System.nanoTime(), null)),
						Set.of(Topic.MEDIA_LITERACY), Country.RU, Network.ALUMNI, RU, JoinPolicy.OPEN, null, Set.of()),
				ADMIN);
		this.groups.join(educator, group.id());
		Program created = this.programs.create(new ProgramDraft(
				Map.of(Language.EN, new ProgramText("Media literacy", "Five short prompts"), RU,
						new ProgramText(TITLE, "Пять коротких заданий")),
				ProgramSchedule.everyDays(1, LocalTime.MIDNIGHT, LocalDate.now(MOSCOW).minusDays(7), null), Country.RU,
				null, false, false), ADMIN);
		prompt(created, "Что вы проверяете первым?", "https://example.org/lessons/sources.jpg", Question.SINGLE,
				"Автора", "Дату", "Другие источники");
		prompt(created, "Чем вы уже пользовались?", null, Question.MULTIPLE, "Поиском по картинке",
				"Сайтами фактчекинга", "Советом коллег");
		prompt(created, "Что вы попробуете с классом на этой неделе?", null, Question.REFLECTION);
		prompt(created, "Опишите один урок о проверке фактов.", null, Question.REFLECTION);
		prompt(created, "Спасибо за участие!", null, Question.NONE);
		this.programs.enrol(created.id(), List.of(Audience.group(group.id())), ADMIN);
		return this.programs.start(created.id(), ADMIN);
	}

	private void prompt(Program program, String text, String photo, Question question, String... options) {
		this.programs.addPrompt(program.id(), new PromptDraft(Map.of(RU, new PromptText(text, List.of(options)),
				Language.EN, new PromptText(text + " (en)", List.of(options))), null, photo, question), ADMIN);
	}

	/** /initiatives → New: the conversation waits for the initiative's title. */
	private JsonNode newInitiative(long user) {
		JsonNode hub = this.journey.command(user, "/initiatives");
		this.journey.press(user, hub, text("initiatives.button.new"));
		return this.journey.awaitText(user, hub.get("messageId").asInt(),
				text("initiatives.new.title", Map.of("max", 120)));
	}

	/**
	 * Waits up to a minute: a prompt is bulk traffic, which the delivery engine paces at
	 * Telegram's one message a second per chat, counting the replies just sent there (a
	 * registration's dozen answers hold the first prompt back for as many seconds).
	 */
	private JsonNode awaitPrompt(long user, int after, String words) {
		AssertionError last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				return this.sandbox.awaitBotMessage(user, after, (m) -> Journey.textOf(m).contains(words));
			}
			catch (AssertionError ex) {
				last = ex;
			}
		}
		throw last;
	}

	private JsonNode message(long user, JsonNode message) {
		int id = message.get("messageId").asInt();
		return this.sandbox.chat(user)
			.get("messages")
			.valueStream()
			.filter((m) -> m.get("messageId").asInt() == id)
			.findFirst()
			.orElseThrow();
	}

	private void awaitLabels(long user, JsonNode message, Predicate<List<String>> condition) {
		int id = message.get("messageId").asInt();
		this.sandbox.awaitChat(user,
				(chat) -> chat.get("messages")
					.valueStream()
					.anyMatch((m) -> m.get("messageId").asInt() == id && condition.test(labels(m))));
	}

	private static List<String> labels(JsonNode message) {
		JsonNode keyboard = message.get("inlineKeyboard");
		if (keyboard == null || keyboard.isNull()) {
			return List.of();
		}
		return keyboard.valueStream()
			.flatMap(JsonNode::valueStream)
			.map((button) -> button.get("text").asString())
			.toList();
	}

	private List<String> notices(long user) {
		return this.sandbox.chat(user).get("notices").valueStream().map((n) -> n.get("text").asString()).toList();
	}

	/** Waits for the notice after the first {@code before} ones. */
	private void awaitNotice(long user, int before, String notice) {
		this.sandbox.awaitChat(user, (chat) -> chat.get("notices").size() > before);
		assertThat(notices(user).get(before)).isEqualTo(notice);
	}

	/** Waits until Telegram took the prompt's message (the outbox says SENT). */
	private void awaitSent(long sendId) {
		Journey.await(() -> this.jdbc.queryForObject(
				"select count(*) from deliveries where source = 'training' and source_id = ? and state = 'SENT'",
				Integer.class, sendId) > 0, () -> "the delivery of send " + sendId);
	}

	private int sends(long educatorId) {
		return this.jdbc.queryForObject(
				"select count(*) from training_sends s join training_enrolments en "
						+ "on en.id = s.enrolment_id where s.educator_id = ? and en.program_id = ?",
				Integer.class, educatorId, this.program.id());
	}

	private long sendId(long educatorId, int position) {
		return this.jdbc.queryForObject(
				"select s.id from training_sends s join training_enrolments en "
						+ "on en.id = s.enrolment_id where s.educator_id = ? and en.program_id = ? and s.position = ?",
				Long.class, educatorId, this.program.id(), position);
	}

	private String options(long educatorId, int position) {
		return this.jdbc.queryForObject("select options from training_answers where send_id = ?", String.class,
				sendId(educatorId, position));
	}

	private String reflection(long educatorId, int position) {
		return this.jdbc.queryForObject("select reflection from training_answers where send_id = ?", String.class,
				sendId(educatorId, position));
	}

	private int answers(long educatorId) {
		return this.jdbc.queryForObject("select count(*) from training_answers where educator_id = ?", Integer.class,
				educatorId);
	}

	private String text(String key) {
		return this.messages.format(RU, key);
	}

	private String text(String key, Map<String, ?> arguments) {
		return this.messages.format(RU, key, arguments);
	}

	private String visible(String key, Map<String, ?> arguments) {
		return Registrations.visible(text(key, arguments));
	}

}
