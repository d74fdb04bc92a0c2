package org.socialchange.platform.admin;

import org.junit.jupiter.api.Test;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.educators.EducatorManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In webhook mode Telegram reaches the webhook's one path without signing in, a CSRF
 * token or a session (the bot checks the webhook's secret); everything else stays as it
 * was.
 */
@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
@TestPropertySource(properties = "platform.telegram.webhook-url=https://platform.example.org/hooks/telegram")
class WebhookSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EducatorManagement educators;

	@MockitoBean
	CoordinatorManagement coordinators;

	@Test
	void theWebhooksPathNeedsNeitherSignInNorCsrfAndMakesNoSession() {
		MvcTestResult result = this.mvc.post()
			.uri("/hooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		// the endpoint itself is the bot's, not in this slice: security let the call
		// through
		assertThat(result).hasStatus(404);
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void everyOtherPathStaysBehindTheAdminChain() {
		assertThat(this.mvc.post().uri("/hooks/other").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/hooks/telegram/more").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/hooks/telegram/more")).hasStatus3xxRedirection()
			.redirectedUrl()
			.matches(".*/login");
	}

}
