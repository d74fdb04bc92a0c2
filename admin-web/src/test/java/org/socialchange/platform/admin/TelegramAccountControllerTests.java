package org.socialchange.platform.admin;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.coordinators.TelegramLink;
import org.socialchange.platform.coordinators.TelegramLinkCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = TelegramAccountController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.socialchange\\.platform\\.admin\\.SecurityConfiguration"))
class TelegramAccountControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CoordinatorManagement coordinators;

	@BeforeEach
	void account() {
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.COORDINATOR, false);
	}

	@Test
	void showsAOneTimeCodeToSendToTheBotInTheAnswerOnly() {
		given(this.coordinators.offerTelegramLink("ana@example.org"))
			.willReturn(new TelegramLinkCode("ABCD2345", Instant.parse("2026-11-28T10:10:00Z")));

		assertThat(this.mvc.post().uri("/account/telegram/code").with(user("ana@example.org")).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("/link ABCD2345", "until 10:10 UTC", "No Telegram account is linked yet.");
	}

	@Test
	void showsTheLinkedAccountAndUnlinksIt() {
		given(this.coordinators.telegram("ana@example.org"))
			.willReturn(Optional.of(new TelegramLink(71, 71, "@ana_k", Instant.now())));

		assertThat(this.mvc.get().uri("/account/telegram").with(user("ana@example.org"))).hasStatusOk()
			.bodyText()
			.contains("Linked to @ana_k.");
		assertThat(this.mvc.post().uri("/account/telegram/unlink").with(user("ana@example.org")).with(csrf()))
			.hasRedirectedUrl("/account/telegram");
		then(this.coordinators).should().unlinkTelegram("ana@example.org");
	}

}
