package org.socialchange.platform.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.socialchange.platform.MovableClock;
import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupChats;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.TelegramUserId;
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
 * Training programs on the real database with a clock the test moves: each educator gets
 * each prompt at 10:00 in their own zone (across a DST change and the date line) in their
 * language; pause, resume and /stop; answers changed until the next prompt; one reminder;
 * a window that an outage missed; two instances at the same minute; scope; export and
 * erasure.
 */
@PostgresJpaTest
@Import(TrainingFixtures.Features.class)
class TrainingManagementTests {

	static final GroupAccess ADMIN = new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	static final LocalTime TEN = LocalTime.of(10, 0);

	static final LocalDate SATURDAY = LocalDate.of(2027, 3, 27);

	@Autowired
	ProgramManagement programs;

	@Autowired
	TrainingManagement training;

	@Autowired
	PromptDispatch dispatch;

	@Autowired
	EducatorManagement educators;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	GroupChats chats;

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	AuditLog audit;

	@Autowired
	TrainingFixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	@BeforeEach
	void clean() {
		this.fixtures.clear();
		this.clock.set(Instant.parse("2027-03-25T00:00:00Z"));
	}

	@Test
	void everyoneGetsEachPromptAtTenInTheirOwnZoneAndLanguage() {
		Educator yerevan = this.fixtures.educator(Country.AM, "hy", "Asia/Yerevan");
		Educator dushanbe = this.fixtures.educator(Country.TJ, "tg", "Asia/Dushanbe");
		Educator moscow = this.fixtures.educator(Country.RU, "ru", "Europe/Moscow");
		Educator vladivostok = this.fixtures.educator(Country.RU, "ru", "Asia/Vladivostok");
		// a Georgian educator abroad, where the clocks go forward on 2027-03-28
		Educator berlin = this.fixtures.educator(Country.GE, "ka", "Europe/Berlin");
		Program program = program(ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Network.ALUMNI, Question.NONE,
				Question.NONE, Question.NONE);

		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-26T00:00:00Z"), Instant.parse("2027-03-30T00:00:00Z"));

		for (Educator educator : List.of(yerevan, dushanbe, moscow, vladivostok, berlin)) {
			ZoneId zone = educator.timeZone().orElseThrow();
			List<LocalDateTime> local = sends(educator).stream()
				.map((sent) -> LocalDateTime.ofInstant(sent, zone))
				.toList();
			assertThat(local).as(zone.getId())
				.containsExactly(SATURDAY.atTime(TEN), SATURDAY.plusDays(1).atTime(TEN),
						SATURDAY.plusDays(2).atTime(TEN));
		}
		assertThat(sends(vladivostok).get(0)).isEqualTo(Instant.parse("2027-03-27T00:00:00Z"));
		assertThat(sends(berlin)).containsExactly(Instant.parse("2027-03-27T09:00:00Z"),
				Instant.parse("2027-03-28T08:00:00Z"), Instant.parse("2027-03-29T08:00:00Z"));
		assertThat(outbox(yerevan)).first().asString().contains("Քայլ 1", "1");
		assertThat(outbox(dushanbe)).first().asString().contains("Қадами 1");
		assertThat(outbox(moscow).get(2)).contains("Шаг 3", "задание 3 из 3");
		assertThat(outbox(berlin).get(1)).contains("ნაბიჯი 2");
		assertThat(this.training.programs(moscow)).singleElement().satisfies((mine) -> {
			assertThat(mine.received()).isEqualTo(3);
			assertThat(mine.finished()).isTrue();
		});
		assertThat(this.audit.recent(10).stream().map((entry) -> entry.action())).contains("training.created",
				"training.started");
		assertThat(program.id()).isPositive();
	}

	@Test
	void pausedResumedAndStoppedEducatorsGetTheirPromptsInOrder() {
		Educator moscow = this.fixtures.educator(Country.RU, "ru", "Europe/Moscow");
		Program program = program(ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Network.ALUMNI, Question.NONE,
				Question.NONE, Question.NONE, Question.NONE);
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-27T00:00:00Z"), Instant.parse("2027-03-27T12:00:00Z"));
		assertThat(sends(moscow)).hasSize(1);

		this.training.pause(moscow, program.id(), true);
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-27T12:00:00Z"), Instant.parse("2027-03-29T12:00:00Z"));
		assertThat(sends(moscow)).hasSize(1);
		assertThat(this.training.programs(moscow).get(0).paused()).isTrue();

		// resumed in the afternoon of a prompt day: that day's prompt still comes, the
		// second
		this.training.pause(moscow, program.id(), false);
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-29T12:00:00Z"), Instant.parse("2027-03-30T00:00:00Z"));
		assertThat(sends(moscow)).hasSize(2).last().isEqualTo(Instant.parse("2027-03-29T12:00:00Z"));
		assertThat(outbox(moscow).get(1)).contains("Шаг 2");

		// /stop pauses prompts too; after /start again they go on with the third
		this.educators.pause(TelegramUserId.of(moscow.telegramUserId()));
		this.entities.flush();
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-30T00:00:00Z"), Instant.parse("2027-03-31T00:00:00Z"));
		assertThat(sends(moscow)).hasSize(2);
		this.educators.resume(TelegramUserId.of(moscow.telegramUserId()));
		this.entities.flush();
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-31T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"));
		assertThat(sends(moscow)).hasSize(3).last().isEqualTo(Instant.parse("2027-03-31T07:00:00Z"));
		assertThat(outbox(moscow).get(2)).contains("Шаг 3");

		// the next one now, on request; the one after keeps the schedule
		this.clock.set(Instant.parse("2027-03-31T15:00:00Z"));
		assertThat(this.training.sendNext(this.fixtures.reload(moscow), program.id())).isTrue();
		assertThat(outbox(moscow).get(3)).contains("Шаг 4");
		assertThat(this.training.sendNext(this.fixtures.reload(moscow), program.id())).isFalse();
		assertThat(this.training.programs(moscow).get(0).finished()).isTrue();
	}

	@Test
	void aNewScheduleOrAResumeNeverBringsASecondPromptTheSameDay() {
		Educator baku = this.fixtures.educator(Country.AZ, "az", "Asia/Baku");
		Program program = program(ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Network.ALUMNI, Question.NONE,
				Question.NONE, Question.NONE);
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-27T00:00:00Z"), Instant.parse("2027-03-27T12:00:00Z"));
		assertThat(sends(baku)).containsExactly(Instant.parse("2027-03-27T06:00:00Z"));

		this.clock.set(Instant.parse("2027-03-27T12:00:00Z"));
		this.programs.edit(program.id(), draft(null, ProgramSchedule.everyDays(1, LocalTime.of(17, 0), SATURDAY, null)),
				ADMIN);
		this.training.pause(baku, program.id(), true);
		this.training.pause(baku, program.id(), false);
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-27T12:00:00Z"), Instant.parse("2027-03-28T14:00:00Z"));
		// 17:00 in Baku on the next day, not 17:00 the same day
		assertThat(sends(baku)).containsExactly(Instant.parse("2027-03-27T06:00:00Z"),
				Instant.parse("2027-03-28T13:00:00Z"));
	}

	@Test
	void answersChangeUntilTheNextPromptAndReflectionsAreSharedAsChosen() {
		Educator educator = this.fixtures.educator(Country.AM, "en", "Asia/Yerevan");
		Program program = program(ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Network.ALUMNI, Question.SINGLE,
				Question.MULTIPLE, Question.REFLECTION);
		runEvery(Duration.ofHours(1), Instant.parse("2027-03-27T00:00:00Z"), Instant.parse("2027-03-27T12:00:00Z"));
		long first = sendIds(educator).get(0);

		this.training.choose(educator, first, 0);
		PromptMessage changed = this.training.choose(educator, first, 1);
		assertThat(changed.buttons().stream().map((row) -> row.get(0).text())).containsExactly("Option A",
				PromptMessages.CHOSEN + "Option B", "Option C");
		assertThat(this.training.choose(educator, first, 1).buttons().get(1).get(0).text()).startsWith("✅");
		assertThatExceptionOfType(AnswerClosed.class).isThrownBy(() -> this.training.choose(educator, first, 7));

		runEvery(Duration.ofHours(1), Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T12:00:00Z"));
		long second = sendIds(educator).get(1);
		assertThatExceptionOfType(AnswerClosed.class).isThrownBy(() -> this.training.choose(educator, first, 2));
		this.training.choose(educator, second, 0);
		this.training.choose(educator, second, 2);
		PromptMessage multiple = this.training.choose(educator, second, 0);
		assertThat(multiple.buttons().stream().map((row) -> row.get(0).text())).containsExactly("Option A", "Option B",
				PromptMessages.CHOSEN + "Option C");

		runEvery(Duration.ofHours(1), Instant.parse("2027-03-29T00:00:00Z"), Instant.parse("2027-03-29T12:00:00Z"));
		long third = sendIds(educator).get(2);
		assertThat(this.training.awaitedReflection(educator)).as("not delivered yet").isEmpty();
		this.jdbc.update("update deliveries set state = 'SENT'");
		assertThat(this.training.awaitedReflection(educator)).contains(third);
		ReflectionSaved saved = this.training.reflect(educator, third, "  Listening first changed the meeting.  ");
		assertThat(saved.sharing()).isEqualTo(Sharing.ANONYMOUS);
		assertThat(saved.changed()).isFalse();
		assertThat(this.training.awaitedReflection(educator)).isEmpty();
		assertThat(this.training.reflect(educator, third, "Listening first changed everything.").changed()).isTrue();

		ProgramResults results = this.programs.results(program.id(), Language.EN, ADMIN);
		assertThat(results.prompts().get(0).options()).extracting(ProgramResults.OptionCount::count)
			.containsExactly(0, 1, 0);
		assertThat(results.prompts().get(1).options()).extracting(ProgramResults.OptionCount::count)
			.containsExactly(0, 0, 1);
		assertThat(results.prompts().get(2).reflections()).singleElement().satisfies((reflection) -> {
			assertThat(reflection.text()).isEqualTo("Listening first changed everything.");
			assertThat(reflection.author()).isEmpty();
		});
		this.training.share(educator, third, Sharing.NAMED);
		assertThat(
				this.programs.results(program.id(), Language.EN, ADMIN).prompts().get(2).reflections().get(0).author())
			.contains(educator.displayName().orElseThrow());
		this.training.share(educator, third, Sharing.PRIVATE);
		assertThat(this.programs.results(program.id(), Language.EN, ADMIN).prompts().get(2).reflections()).isEmpty();
		assertThat(results.byCountry()).singleElement().satisfies((country) -> {
			assertThat(country.name()).isEqualTo("AM");
			assertThat(country.completed()).isEqualTo(1);
			assertThat(country.answers()).isEqualTo(3);
		});
	}

	@Test
	void anUnansweredQuestionGetsOneReminderAfterADay() {
		Educator silent = this.fixtures.educator(Country.GE, "ka", "Asia/Tbilisi");
		Educator answered = this.fixtures.educator(Country.GE, "en", "Asia/Tbilisi");
		program(ProgramSchedule.everyDays(7, TEN, SATURDAY, null), Network.ALUMNI, Question.SINGLE, Question.NONE);
		runEvery(Duration.ofHours(1), Instant.parse("2027-03-27T00:00:00Z"), Instant.parse("2027-03-27T07:00:00Z"));
		this.jdbc.update("update deliveries set state = 'SENT'");
		this.training.choose(answered, sendIds(answered).get(0), 1);

		Instant sent = Instant.parse("2027-03-27T06:00:00Z");
		assertThat(this.dispatch.remind(sent.plus(Duration.ofHours(23)))).isZero();
		assertThat(this.dispatch.remind(sent.plus(Duration.ofHours(24)))).isEqualTo(1);
		assertThat(this.dispatch.remind(sent.plus(Duration.ofHours(25)))).isZero();
		assertThat(this.dispatch.remind(sent.plus(Duration.ofDays(3)))).isZero();
		List<String> reminders = this.jdbc.queryForList(
				"select text from deliveries where source = 'training-reminder' and educator_id = ?", String.class,
				silent.id());
		assertThat(reminders).singleElement().asString().contains("🔔", "ელოდება", "ნაბიჯი 1");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from deliveries where source = 'training-reminder' and educator_id = ?", Integer.class,
				answered.id()))
			.isZero();
	}

	@Test
	void aPromptWhoseWindowAnOutageMissedIsNotSentLate() {
		Educator sameDay = this.fixtures.educator(Country.AM, "hy", "Asia/Yerevan");
		program(ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Network.ALUMNI, Question.NONE, Question.NONE);
		// 09:58 in Yerevan (a prompt due within the minute would be queued ahead), then
		// nothing runs until 01:00 on Monday
		run(Instant.parse("2027-03-27T05:58:00Z"));
		run(Instant.parse("2027-03-28T21:00:00Z"));
		assertThat(sends(sameDay)).isEmpty();
		runEvery(Duration.ofMinutes(30), Instant.parse("2027-03-28T21:00:00Z"), Instant.parse("2027-03-29T12:00:00Z"));
		assertThat(sends(sameDay)).containsExactly(Instant.parse("2027-03-29T06:00:00Z"));
		assertThat(outbox(sameDay)).singleElement().asString().contains("Քայլ 1");

		this.fixtures.clear();
		Educator lateAllowed = this.fixtures.educator(Country.AZ, "az", "Asia/Baku");
		program(ProgramSchedule.everyDays(1, TEN, SATURDAY, 120), Network.ALUMNI, Question.NONE);
		run(Instant.parse("2027-03-27T05:58:00Z"));
		run(Instant.parse("2027-03-27T07:30:00Z"));
		assertThat(sends(lateAllowed)).containsExactly(Instant.parse("2027-03-27T07:30:00Z"));
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void twoInstancesAtTheSameMinuteSendEachPromptOnce() throws Exception {
		List<Educator> many = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			many.add(this.fixtures.educator(Country.TJ, "tg", "Asia/Dushanbe"));
		}
		try {
			program(ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Network.NEW, Question.NONE);
			this.jdbc.update("update educators set network = 'NEW' where telegram_user_id >= 9300000 "
					+ "and country = 'TJ' and time_zone = 'Asia/Dushanbe'");
			this.dispatch.enrol(Instant.parse("2027-03-27T00:00:00Z"));
			Instant due = Instant.parse("2027-03-27T05:00:00Z");
			ExecutorService instances = Executors.newFixedThreadPool(2);
			try {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> runs = List.of(instances.submit(() -> {
					start.await();
					return this.dispatch.run(due);
				}), instances.submit(() -> {
					start.await();
					return this.dispatch.run(due);
				}));
				start.countDown();
				assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(40);
			}
			finally {
				instances.shutdownNow();
			}
			assertThat(this.dispatch.run(due.plusSeconds(30))).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from deliveries where source = 'training'",
					Integer.class))
				.isEqualTo(40);
			assertThat(this.jdbc.queryForObject(
					"select count(distinct educator_id) from deliveries where source = 'training'", Integer.class))
				.isEqualTo(40);
		}
		finally {
			this.fixtures.clear();
			for (Educator educator : many) {
				this.jdbc.update("delete from educators where id = ?", educator.id());
			}
		}
	}

	@Test
	void coordinatorsSeeAndChangeOnlyProgramsInTheirScope() {
		GroupAccess armenia = new GroupAccess(7, "am@example.org", CoordinatorRole.COORDINATOR,
				EducatorScope.of(java.util.Set.of(Country.AM), java.util.Set.of()));
		GroupAccess viewer = new GroupAccess(8, "viewer@example.org", CoordinatorRole.VIEWER, EducatorScope.all());
		GroupAccess facilitator = new GroupAccess(9, "f@example.org", CoordinatorRole.FACILITATOR, EducatorScope.all());
		Program georgian = this.programs.create(draft(Country.GE, ProgramSchedule.everyDays(1, TEN, SATURDAY, null)),
				ADMIN);
		Program armenian = this.programs.create(draft(Country.AM, ProgramSchedule.everyDays(1, TEN, SATURDAY, null)),
				armenia);
		assertThat(this.programs.programs(armenia)).extracting(Program::id).containsExactly(armenian.id());
		assertThatExceptionOfType(ProgramNotFound.class)
			.isThrownBy(() -> this.programs.program(georgian.id(), armenia));
		assertThatExceptionOfType(ProgramNotFound.class).isThrownBy(
				() -> this.programs.enrol(armenian.id(), List.of(new Audience(AudienceKind.COUNTRY, "GE")), armenia));
		assertThatExceptionOfType(ProgramManagement.ProgramOutOfScope.class).isThrownBy(
				() -> this.programs.create(draft(null, ProgramSchedule.everyDays(1, TEN, SATURDAY, null)), armenia));
		assertThat(this.programs.program(georgian.id(), viewer).id()).isEqualTo(georgian.id());
		assertThatExceptionOfType(ProgramNotFound.class).isThrownBy(() -> this.programs.archive(georgian.id(), viewer));
		assertThat(this.programs.programs(facilitator)).isEmpty();
		assertThatExceptionOfType(ProgramManagement.InvalidProgram.class).isThrownBy(() -> this.programs
			.addPrompt(armenian.id(), new PromptDraft(Map.of(Language.EN, new PromptText("Pick", List.of("Only one"))),
					null, null, Question.SINGLE), armenia));
	}

	@Test
	void aGroupsPresentAndFutureMembersAreEnrolledAndItsChatGetsThePromptForDiscussion() {
		PeerGroup group = this.groups.create(new PeerGroupDraft(
				Map.of(Language.EN, new GroupText("Yerevan circle", null), Language.HY,
						new GroupText("Երևանյան շրջան", null)),
				Set.of(Topic.OTHER), Country.AM, Network.ALUMNI, Language.HY, JoinPolicy.OPEN, null, Set.of()), ADMIN);
		this.chats.link(this.groups.offerChatLink(group.id(), ADMIN), -100123, 7, "Yerevan chat", "admin");
		this.entities.flush();
		Educator early = this.fixtures.educator(Country.AM, "hy", "Asia/Yerevan");
		Educator outsider = this.fixtures.educator(Country.AM, "hy", "Asia/Yerevan");
		this.groups.join(early, group.id());
		Program program = this.programs.create(new ProgramDraft(
				Map.of(Language.EN, new ProgramText("Listening circles", ""), Language.HY,
						new ProgramText("Լսելու շրջաններ", "")),
				ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Country.AM, null, false, true), ADMIN);
		Map<Language, PromptText> texts = Map.of(Language.EN, new PromptText("Step 1", List.of("Yes", "No")),
				Language.HY, new PromptText("Քայլ 1", List.of("Այո", "Ոչ")));
		this.programs.addPrompt(program.id(),
				new PromptDraft(texts, "https://example.org/guide", null, Question.SINGLE), ADMIN);
		this.programs.enrol(program.id(), List.of(Audience.group(group.id())), ADMIN);
		this.programs.start(program.id(), ADMIN);
		runEvery(Duration.ofHours(1), Instant.parse("2027-03-27T00:00:00Z"), Instant.parse("2027-03-27T07:00:00Z"));
		assertThat(sends(early)).containsExactly(Instant.parse("2027-03-27T06:00:00Z"));
		assertThat(sends(outsider)).isEmpty();
		Map<String, Object> post = this.jdbc.queryForMap(
				"select chat_id, thread_id, text, buttons from deliveries where source = 'training' and educator_id is null");
		assertThat(post.get("chat_id")).isEqualTo(-100123L);
		assertThat(post.get("thread_id")).isEqualTo(7);
		assertThat((String) post.get("text")).contains("Լսելու շրջաններ", "Քայլ 1", "Քննարկեք");
		assertThat((String) post.get("buttons")).contains("https://example.org/guide").doesNotContain("tq:");

		// a member who joins later is enrolled and, the same day, still gets the prompt
		this.clock.set(Instant.parse("2027-03-27T12:00:00Z"));
		this.groups.join(outsider, group.id());
		run(Instant.parse("2027-03-27T12:00:00Z"));
		assertThat(sends(outsider)).containsExactly(Instant.parse("2027-03-27T12:00:00Z"));
		assertThat(outbox(outsider)).singleElement().asString().contains("Քայլ 1");
	}

	@Test
	void anEducatorsEnrolmentsPromptsAndAnswersAreExportedAndErased() {
		Educator educator = this.fixtures.educator(Country.AM, "en", "Asia/Yerevan");
		program(ProgramSchedule.everyDays(1, TEN, SATURDAY, null), Network.ALUMNI, Question.REFLECTION);
		runEvery(Duration.ofHours(1), Instant.parse("2027-03-27T00:00:00Z"), Instant.parse("2027-03-27T12:00:00Z"));
		long send = sendIds(educator).get(0);
		this.training.reflect(educator, send, "My own words");
		DataSubject subject = DataSubject.of(educator.id(), educator.telegramUserId(), educator.chatId());
		assertThat(this.privacy.export(subject).get("training").toString()).contains("My own words", "promptsReceived",
				"enrolments");
		this.privacy.erase(subject);
		for (String table : List.of("training_enrolments", "training_sends", "training_answers")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where educator_id = ?",
					Integer.class, educator.id()))
				.as(table)
				.isZero();
		}
	}

	// helpers

	Program program(ProgramSchedule schedule, Network network, Question... questions) {
		Program program = this.programs.create(draft(null, schedule), ADMIN);
		for (int i = 0; i < questions.length; i++) {
			Map<Language, PromptText> texts = new EnumMap<>(Language.class);
			List<String> options = questions[i].choice() ? List.of("Option A", "Option B", "Option C") : List.of();
			int n = i + 1;
			texts.put(Language.EN, new PromptText("Step " + n + ": listen before you speak.", options));
			texts.put(Language.RU, new PromptText("Шаг " + n + ": сначала выслушайте.", options));
			texts.put(Language.HY, new PromptText("Քայլ " + n + "․ նախ լսեք։", options));
			texts.put(Language.KA, new PromptText("ნაბიჯი " + n + ": ჯერ მოუსმინეთ.", options));
			texts.put(Language.AZ, new PromptText("Addım " + n + ": əvvəlcə dinləyin.", options));
			texts.put(Language.TG, new PromptText("Қадами " + n + ": аввал гӯш кунед.", options));
			this.programs.addPrompt(program.id(), new PromptDraft(texts, null, null, questions[i]), ADMIN);
		}
		this.programs.enrol(program.id(), List.of(new Audience(AudienceKind.NETWORK, network.name())), ADMIN);
		return this.programs.start(program.id(), ADMIN);
	}

	static ProgramDraft draft(Country country, ProgramSchedule schedule) {
		return new ProgramDraft(
				Map.of(Language.EN, new ProgramText("Listening circles", "Six weeks of practice"), Language.RU,
						new ProgramText("Круги слушания", "Шесть недель практики")),
				schedule, country, null, false, false);
	}

	void run(Instant now) {
		this.clock.set(now);
		this.dispatch.enrol(now);
		this.dispatch.run(now);
	}

	void runEvery(Duration step, Instant from, Instant to) {
		for (Instant now = from; now.isBefore(to); now = now.plus(step)) {
			run(now);
		}
	}

	List<Instant> sends(Educator educator) {
		return this.jdbc
			.queryForList("select sent_at from training_sends where educator_id = ? order by position",
					java.sql.Timestamp.class, educator.id())
			.stream()
			.map(java.sql.Timestamp::toInstant)
			.toList();
	}

	List<Long> sendIds(Educator educator) {
		return this.jdbc.queryForList("select id from training_sends where educator_id = ? order by position",
				Long.class, educator.id());
	}

	List<String> outbox(Educator educator) {
		return this.jdbc.queryForList(
				"select text from deliveries where source = 'training' and educator_id = ? order by id", String.class,
				educator.id());
	}

}
