package org.socialchange.platform.admin.training;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.socialchange.platform.admin.TestAccounts;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.delivery.MessageButton;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.training.Program;
import org.socialchange.platform.training.ProgramDraft;
import org.socialchange.platform.training.ProgramManagement;
import org.socialchange.platform.training.ProgramManagement.InvalidProgram;
import org.socialchange.platform.training.ProgramManagement.PromptAlreadySent;
import org.socialchange.platform.training.ProgramResults;
import org.socialchange.platform.training.ProgramSchedule;
import org.socialchange.platform.training.ProgramStatus;
import org.socialchange.platform.training.ProgramText;
import org.socialchange.platform.training.Prompt;
import org.socialchange.platform.training.PromptMessage;
import org.socialchange.platform.training.PromptText;
import org.socialchange.platform.training.Question;
import org.socialchange.platform.translations.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = { TrainingController.class, PromptsController.class, ResultsController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.socialchange\\.platform\\.admin\\.SecurityConfiguration"))
class TrainingControllerTests {

	static final Prompt QUESTION = new Prompt(4L, 0, Map.of(Language.EN, new PromptText("Which?", List.of("A", "B"))),
			Optional.empty(), Optional.empty(), Question.SINGLE);

	static final Program PROGRAM = new Program(3L, Map.of(Language.EN, new ProgramText("Rights", "")),
			ProgramSchedule.everyDays(1, LocalTime.of(10, 0), LocalDate.of(2026, 12, 1), null), Optional.of(Country.AM),
			Optional.empty(), false, false, ProgramStatus.DRAFT, "ana@example.org", Instant.EPOCH, List.of(QUESTION),
			List.of());

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ProgramManagement programs;

	@MockitoBean
	CoordinatorManagement coordinators;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	PeerGroupManagement groups;

	@BeforeEach
	void signedInAccount() {
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.COORDINATOR, false);
		given(this.programs.program(eq(3L), any())).willReturn(PROGRAM);
	}

	@Test
	void aScheduleWithoutWeekdaysComesBackWithWhatWasTyped() {
		assertThat(this.mvc.post()
			.uri("/training")
			.with(coordinator())
			.with(csrf())
			.param("titles[hy]", "Երեխաների իրավունքները")
			.param("country", "AM")
			.param("network", "ALL")
			.param("repeat", "WEEKDAYS")
			.param("at", "10:00")
			.param("startsOn", "2026-12-01")
			.param("late", "DAY")).hasStatusOk()
			.bodyText()
			.contains("Choose at least one weekday", "value=\"Երեխաների իրավունքները\"");
		then(this.programs).should(never()).create(any(), any());
	}

	@Test
	void savesTuesdaysAndFridaysAtTenUpToThreeHoursLate() {
		Program created = mock();
		given(created.id()).willReturn(5L);
		given(this.programs.create(any(), any())).willReturn(created);

		assertThat(this.mvc.post()
			.uri("/training")
			.with(coordinator())
			.with(csrf())
			.param("titles[en]", "Rights")
			.param("titles[ru]", "Права")
			.param("country", "AM")
			.param("network", "ALL")
			.param("repeat", "WEEKDAYS")
			.param("weekdays", "TUESDAY", "FRIDAY")
			.param("at", "10:00")
			.param("startsOn", "2026-12-01")
			.param("late", "HOURS")
			.param("lateHours", "3")
			.param("open", "true")).hasRedirectedUrl("/training/5");

		ArgumentCaptor<ProgramDraft> draft = ArgumentCaptor.captor();
		then(this.programs).should().create(draft.capture(), any());
		assertThat(draft.getValue().texts()).containsOnlyKeys(Language.EN, Language.RU);
		assertThat(draft.getValue().schedule()).isEqualTo(ProgramSchedule.onWeekdays(
				Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), LocalTime.of(10, 0), LocalDate.of(2026, 12, 1), 180));
		assertThat(draft.getValue().country()).isEqualTo(Country.AM);
		assertThat(draft.getValue().network()).isNull();
		assertThat(draft.getValue().open()).isTrue();
		assertThat(draft.getValue().postToGroups()).isFalse();
	}

	@Test
	void aPromptTheCoreRefusesComesBackWithItsReasonAndTheText() {
		given(this.programs.addPrompt(eq(3L), any(), any())).willThrow(new InvalidProgram("url"));

		assertThat(this.mvc.post()
			.uri("/training/3/prompts")
			.with(coordinator())
			.with(csrf())
			.param("question", "NONE")
			.param("texts[ru]", "Прочитайте статью")
			.param("linkUrl", "javascript:alert(1)")).hasStatusOk()
			.bodyText()
			.contains("A link or photo address starts with https://", "Прочитайте статью");
	}

	@Test
	void deletingAPromptSomeoneReceivedSaysSo() {
		given(this.programs.deletePrompt(eq(3L), eq(4L), any())).willThrow(new PromptAlreadySent(4L));

		MvcTestResult result = this.mvc.post()
			.uri("/training/3/prompts/4/delete")
			.with(coordinator())
			.with(csrf())
			.exchange();
		assertThat(result).hasRedirectedUrl("/training/3");
		assertThat(result.getMvcResult().getFlashMap().get("notice"))
			.isEqualTo("Educators already received this prompt: it cannot be deleted.");
	}

	@Test
	void thePreviewShowsTheCoresFormattingAndUserMarkupAsText() {
		given(this.programs.preview(eq(3L), eq(4L), any(), any())).willReturn(new PromptMessage(
				"📚 <b>Rights</b>\n\n&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(2)>",
				"https://example.org/photo.jpg", List.of(List.of(MessageButton.callback("A", "t:1:0")))));

		assertThat(this.mvc.get().uri("/training/3/prompts/4").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("class=\"tg-b\">Rights</span>", "&lt;script&gt;alert(1)&lt;/script&gt;",
					"&lt;img src=x onerror=alert(2)&gt;", "https://example.org/photo.jpg")
			.doesNotContain("<script>alert", "<img src=x");
	}

	@Test
	void theCsvStartsWithAByteOrderMarkAndDefusesFormulas() {
		given(this.programs.results(eq(3L), any(), any()))
			.willReturn(new ProgramResults(PROGRAM, 2, List.of(new ProgramResults.PromptResult(QUESTION, "Which?", 2, 2,
					List.of(new ProgramResults.OptionCount("=HYPERLINK(\"http://x\",\"y\")", 2)),
					List.of(new ProgramResults.SharedReflection("@SUM(1), да", Optional.of("Армен"), Instant.EPOCH)))),
					List.of(), List.of(new ProgramResults.Completion("AM", 2, 1, 2, 2))));
		TestAccounts.given(this.coordinators, "vera@example.org", CoordinatorRole.VIEWER, false);

		MvcTestResult result = this.mvc.get().uri("/training/3/results.csv").with(viewer()).exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(body, StandardCharsets.UTF_8)).contains(
				"\r\noption,1,Which?,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2,2,100,,\r\n",
				"\r\ncompletion-country,,,AM,1,2,50,,\r\n",
				"\r\nreflection,1,Which?,\"'@SUM(1), да\",,,,Армен,1970-01-01T00:00:00Z\r\n");
	}

	@Test
	void aViewerReadsAProgramButGetsNoButtonsToChangeIt() {
		TestAccounts.given(this.coordinators, "vera@example.org", CoordinatorRole.VIEWER, false);

		assertThat(this.mvc.get().uri("/training/3").with(viewer())).hasStatusOk()
			.bodyText()
			.contains("Rights", "Which?", "results")
			.doesNotContain("id=\"start-program\"", "id=\"edit-program\"", "id=\"new-prompt\"", "move-up",
					"id=\"save-audiences\"");
		assertThat(this.mvc.post().uri("/training/3/start").with(viewer()).with(csrf())).hasStatus(403);
		then(this.programs).should(never()).start(anyLong(), any());
	}

	@Test
	void aProgramOutOfScopeIsNotFound() {
		given(this.programs.program(eq(9L), any()))
			.willThrow(new org.socialchange.platform.training.ProgramNotFound(9L));

		assertThat(this.mvc.get().uri("/training/9").with(coordinator())).hasStatus(404);
	}

	static RequestPostProcessor coordinator() {
		return user("ana@example.org").roles("COORDINATOR");
	}

	static RequestPostProcessor viewer() {
		return user("vera@example.org").roles("VIEWER");
	}

}
