package org.socialchange.platform.admin.broadcasts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.broadcasts.AudiencePreview;
import org.socialchange.platform.broadcasts.Broadcast;
import org.socialchange.platform.broadcasts.BroadcastDraft;
import org.socialchange.platform.broadcasts.BroadcastManagement;
import org.socialchange.platform.broadcasts.BroadcastNotFound;
import org.socialchange.platform.broadcasts.BroadcastProgress;
import org.socialchange.platform.broadcasts.SelfApprovalRefused;
import org.socialchange.platform.broadcasts.TelegramNotLinked;
import org.socialchange.platform.broadcasts.Timing;
import org.socialchange.platform.admin.TestAccounts;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.TelegramLink;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.translations.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = BroadcastsController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.socialchange\\.platform\\.admin\\.SecurityConfiguration"))
class BroadcastsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	BroadcastManagement broadcasts;

	@MockitoBean
	CoordinatorManagement coordinators;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	PeerGroupManagement groups;

	@BeforeEach
	void signedInAccount() {
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.COORDINATOR, false);
	}

	@Test
	void showsTheFormWithATextFieldAndPreviewPerLanguage() {
		assertThat(this.mvc.get().uri("/broadcasts/new").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("name=\"textRu\"", "name=\"textHy\"", "name=\"textKa\"", "name=\"textAz\"", "name=\"textTg\"",
					"name=\"textEn\"", "data-preview=\"tg\"", "Armenia", "Programme alumni", "Asia/Vladivostok");
	}

	@Test
	void schedulesABroadcastAsTheSignedInCoordinator() {
		Broadcast broadcast = mock();
		given(broadcast.id()).willReturn(7L);
		given(broadcast.recipients()).willReturn(12);
		given(this.broadcasts.schedule(any(), eq("ana@example.org"), eq(EducatorScope.all()))).willReturn(broadcast);

		assertThat(this.mvc.post()
			.uri("/broadcasts")
			.with(coordinator())
			.with(csrf())
			.param("textRu", "Привет")
			.param("textHy", "Բարեւ")
			.param("fallback", "ru")
			.param("countries", "AM", "GE")
			.param("networks", "ALUMNI")
			.param("timing", "LOCAL")
			.param("at", "2026-12-01T10:00")
			.param("zone", "Asia/Yerevan")).hasRedirectedUrl("/broadcasts/7");

		ArgumentCaptor<BroadcastDraft> draft = ArgumentCaptor.captor();
		then(this.broadcasts).should().schedule(draft.capture(), eq("ana@example.org"), eq(EducatorScope.all()));
		assertThat(draft.getValue().textFor(Language.KA)).isEqualTo("Привет");
		assertThat(draft.getValue().textFor(Language.HY)).isEqualTo("Բարեւ");
		assertThat(draft.getValue().timing()).isEqualTo(Timing.LOCAL);
		assertThat(draft.getValue().zone()).isEqualTo(ZoneId.of("Asia/Yerevan"));
		assertThat(draft.getValue().audience().countries()).containsExactlyInAnyOrder(Country.AM, Country.GE);
		assertThat(draft.getValue().audience().networks()).containsExactly(Network.ALUMNI);
	}

	@Test
	void refusesABroadcastWithoutTheFallbackTextAndKeepsWhatWasWritten() {
		assertThat(this.mvc.post()
			.uri("/broadcasts")
			.with(coordinator())
			.with(csrf())
			.param("textHy", "Բարեւ")
			.param("fallback", "ru")
			.param("timing", "NOW")
			.param("zone", "UTC")).hasStatusOk().bodyText().contains("Write a text in the fallback language.", "Բարեւ");
		then(this.broadcasts).should(never()).schedule(any(), any(), any());
	}

	@Test
	void refusesAScheduledBroadcastWithoutADate() {
		assertThat(this.mvc.post()
			.uri("/broadcasts")
			.with(coordinator())
			.with(csrf())
			.param("textRu", "Привет")
			.param("fallback", "ru")
			.param("timing", "AT")
			.param("zone", "UTC")).hasStatusOk().bodyText().contains("Choose when to send");
	}

	@Test
	void sendsATestOnlyToTheSignedInCoordinatorsLinkedAccountWhateverChatIdIsTyped() {
		assertThat(this.mvc.post()
			.uri("/broadcasts/test")
			.with(coordinator())
			.with(csrf())
			.param("textRu", "Привет")
			.param("fallback", "ru")
			.param("timing", "NOW")
			.param("zone", "UTC")
			.param("testLanguage", "ka")
			.param("testChatId", "100000042")).hasStatusOk()
			.bodyText()
			.contains("A test is on its way to your Telegram account")
			.doesNotContain("100000042");

		then(this.broadcasts).should().sendTest(any(), eq(Language.KA), eq("ana@example.org"), eq(EducatorScope.all()));
		then(this.broadcasts).should(never()).schedule(any(), any(), any());
	}

	@Test
	void aTestWithoutALinkedAccountSaysHowToLinkOne() {
		willThrow(TelegramNotLinked.class).given(this.broadcasts).sendTest(any(), any(), any(), any());

		assertThat(this.mvc.post()
			.uri("/broadcasts/test")
			.with(coordinator())
			.with(csrf())
			.param("textRu", "Привет")
			.param("fallback", "ru")
			.param("timing", "NOW")
			.param("zone", "UTC")
			.param("testLanguage", "ru")).hasStatusOk()
			.bodyText()
			.contains("Link your Telegram account first", "/account/telegram")
			.doesNotContain("name=\"testChatId\"");
	}

	@Test
	void theFormNamesTheLinkedAccountTestsGoTo() {
		given(this.coordinators.telegram("ana@example.org"))
			.willReturn(Optional.of(new TelegramLink(71, 71, "@ana_k", Instant.now())));

		assertThat(this.mvc.get().uri("/broadcasts/new").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("The test goes to your linked Telegram account @ana_k.");
	}

	@Test
	void anotherCoordinatorApprovesAndTheAuthorIsToldTheyCannot() {
		Broadcast broadcast = mock();
		given(broadcast.awaitingApproval()).willReturn(true);
		given(broadcast.recipients()).willReturn(300);
		given(this.broadcasts.find(7, EducatorScope.all())).willReturn(broadcast);
		given(this.broadcasts.approve(7, "ana@example.org", EducatorScope.all())).willReturn(broadcast);
		given(this.broadcasts.approve(7, "boris@example.org", EducatorScope.all()))
			.willThrow(SelfApprovalRefused.class);
		TestAccounts.given(this.coordinators, "boris@example.org", CoordinatorRole.COORDINATOR, false);

		assertThat(this.mvc.post().uri("/broadcasts/7/approve").with(coordinator()).with(csrf()))
			.hasRedirectedUrl("/broadcasts/7")
			.flash()
			.containsEntry("notice", "Approved: the broadcast to 300 people is scheduled.");
		assertThat(this.mvc.post()
			.uri("/broadcasts/7/approve")
			.with(user("boris@example.org").roles("COORDINATOR"))
			.with(csrf())).flash()
			.containsEntry("notice", "A second coordinator must approve a broadcast: you cannot approve your own.");
	}

	@Test
	void rejectsAsTheSignedInCoordinator() {
		Broadcast broadcast = mock();
		given(broadcast.awaitingApproval()).willReturn(true);
		given(this.broadcasts.find(7, EducatorScope.all())).willReturn(broadcast);

		assertThat(this.mvc.post().uri("/broadcasts/7/reject").with(coordinator()).with(csrf()))
			.hasRedirectedUrl("/broadcasts/7");
		then(this.broadcasts).should().reject(7, "ana@example.org", EducatorScope.all());
	}

	@Test
	void countsTheAudienceAndTheFallbackRecipientsLive() {
		Map<Language, Long> perLanguage = new EnumMap<>(Language.class);
		perLanguage.put(Language.RU, 40L);
		perLanguage.put(Language.KA, 2L);
		given(this.broadcasts.preview(any(), eq(EducatorScope.all())))
			.willReturn(new AudiencePreview(perLanguage, 42, 2));

		assertThat(this.mvc.get()
			.uri("/broadcasts/audience")
			.with(coordinator())
			.param("textRu", "Привет")
			.param("fallback", "ru")
			.param("languages", "ru", "ka")
			.param("timing", "NOW")
			.param("zone", "UTC")).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(42);
	}

	@Test
	void answersAnUnknownAudienceValueWithBadRequest() {
		assertThat(this.mvc.get()
			.uri("/broadcasts/audience")
			.with(coordinator())
			.param("fallback", "ru")
			.param("countries", "XX")
			.param("zone", "UTC")).hasStatus(400);
	}

	@Test
	void reportsProgressAsJson() {
		given(this.broadcasts.find(7, EducatorScope.all())).willReturn(mock());
		given(this.broadcasts.progress(7, EducatorScope.all()))
			.willReturn(new BroadcastProgress(10, 6, 2, 1, 1, 0, 0, 3.5));

		assertThat(this.mvc.get().uri("/broadcasts/7/progress").with(coordinator())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.percent")
			.isEqualTo(80);
	}

	@Test
	void showsTheProgressPage() {
		Broadcast broadcast = mock();
		given(broadcast.id()).willReturn(7L);
		given(broadcast.title()).willReturn("Привет");
		given(broadcast.timing()).willReturn(Timing.NOW);
		given(broadcast.zone()).willReturn(ZoneId.of("UTC"));
		given(broadcast.fallback()).willReturn(Language.RU);
		given(broadcast.texts()).willReturn(Map.of(Language.RU, "Привет"));
		given(broadcast.createdAt()).willReturn(Instant.now());
		given(broadcast.sendAt()).willReturn(Optional.empty());
		given(broadcast.expiresAt()).willReturn(Optional.empty());
		given(broadcast.linkText()).willReturn(Optional.of("Read"));
		given(broadcast.linkUrl()).willReturn(Optional.of("https://example.org/spring-school"));
		given(broadcast.createdBy()).willReturn("boris@example.org");
		given(this.broadcasts.find(7, EducatorScope.all())).willReturn(broadcast);
		given(this.broadcasts.progress(7, EducatorScope.all()))
			.willReturn(new BroadcastProgress(10, 5, 5, 0, 0, 0, 0, 1));
		AuditEntry scheduled = mock();
		given(scheduled.at()).willReturn(Instant.parse("2026-11-28T10:00:00Z"));
		given(scheduled.actor()).willReturn("boris@example.org");
		given(scheduled.action()).willReturn("broadcast.scheduled");
		given(this.audit.aboutBroadcast(7)).willReturn(List.of(scheduled));

		assertThat(this.mvc.get().uri("/broadcasts/7").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("id=\"progress-bar\"", "data-percent=\"50\"", "id=\"cancel\"", "/broadcasts/7/progress",
					"boris@example.org", "Scheduled", "2026-11-28 10:00 UTC", "https://example.org/spring-school");
	}

	@Test
	void cancelsAsTheSignedInCoordinator() {
		given(this.broadcasts.find(7, EducatorScope.all())).willReturn(mock());
		given(this.broadcasts.cancel(7, "ana@example.org", EducatorScope.all()))
			.willReturn(new BroadcastProgress(10, 5, 0, 0, 0, 0, 5, 0));

		assertThat(this.mvc.post().uri("/broadcasts/7/cancel").with(coordinator()).with(csrf()))
			.hasRedirectedUrl("/broadcasts/7");
		then(this.broadcasts).should().cancel(7, "ana@example.org", EducatorScope.all());
	}

	@Test
	void answersAnUnknownBroadcastWithNotFound() {
		given(this.broadcasts.find(99, EducatorScope.all())).willThrow(new BroadcastNotFound(99));

		assertThat(this.mvc.get().uri("/broadcasts/99").with(coordinator())).hasStatus(404);
	}

	@Test
	void theKeysUsedFromJavaExistInBothLanguages() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
			Properties messages = PropertiesLoaderUtils
				.loadProperties(new EncodedResource(new ClassPathResource(bundle), StandardCharsets.UTF_8));
			for (Network network : Network.values()) {
				assertThat(messages).containsKey(BroadcastsController.NETWORK_KEY + network.name());
			}
			assertThat(messages).containsKeys("broadcasts.scheduled", "broadcasts.cancelled",
					"broadcasts.error.fallbackText", "broadcasts.error.tooLong", "broadcasts.error.link",
					"broadcasts.error.when", "broadcasts.error.zone", "broadcasts.error.test", "broadcasts.test.sent",
					"broadcasts.error.notLinked", "broadcasts.submitted", "broadcasts.approved", "broadcasts.rejected",
					"broadcasts.error.selfApproval");
		}
		assertThat(BroadcastForm.empty().errors()).containsExactly("broadcasts.error.fallbackText");
	}

	static RequestPostProcessor coordinator() {
		return user("ana@example.org").roles("COORDINATOR");
	}

}
