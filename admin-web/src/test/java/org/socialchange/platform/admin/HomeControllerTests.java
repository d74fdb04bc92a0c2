package org.socialchange.platform.admin;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.translations.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
class HomeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@MockitoBean
	EducatorManagement educators;

	@MockitoBean
	CoordinatorManagement coordinators;

	@BeforeEach
	void signedInAccount() {
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.COORDINATOR, false);
	}

	@Test
	void redirectsAnonymousVisitorsToTheLoginPage() {
		assertThat(this.mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().matches(".*/login");
	}

	@Test
	void showsEducatorsPerLanguageAndTheTotalToASignedInCoordinator() {
		Map<Language, Long> counts = new EnumMap<>(Language.class);
		counts.put(Language.EN, 3L);
		counts.put(Language.RU, 41L);
		counts.put(Language.HY, 7L);
		given(this.educators.countByLanguage(EducatorScope.all())).willReturn(counts);

		assertThat(this.mvc.get().uri("/").with(coordinator())).hasStatusOk()
			.hasViewName("home/index")
			.bodyText()
			.contains("Registered educators by language", "Русский", "Հայերեն", "ქართული", "Azərbaycanca", "Тоҷикӣ")
			.containsPattern("<code>ru</code></td>\\s*<td class=\"number\">41</td>")
			.containsPattern("<code>hy</code></td>\\s*<td class=\"number\">7</td>")
			.containsPattern("<code>tg</code></td>\\s*<td class=\"number\">0</td>")
			.containsPattern("id=\"total\">51</td>");
	}

	@Test
	void speaksTheLanguageTheBrowserAsksFor() {
		given(this.educators.countByLanguage(EducatorScope.all())).willReturn(Map.of());

		assertThat(this.mvc.get().uri("/").header("Accept-Language", "ru").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ru\">", "Зарегистрированные педагоги по языкам", "Выйти");
	}

	@Test
	void showsTheSandboxCardAndLinkWhenNoTokenIsConfigured() {
		given(this.educators.countByLanguage(EducatorScope.all())).willReturn(Map.of());

		assertThat(this.mvc.get().uri("/").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("id=\"sandbox\"", "Sandbox mode", "href=\"/sandbox\"");
	}

	@Test
	void showsAFacilitatorNoEducatorAndSaysWhy() {
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.FACILITATOR, false);
		given(this.educators.countByLanguage(EducatorScope.none())).willReturn(Map.of());

		assertThat(this.mvc.get().uri("/").with(user("ana@example.org").roles("FACILITATOR"))).hasStatusOk()
			.bodyText()
			.contains("id=\"no-educators\"", "There are no peer groups yet")
			.containsPattern("id=\"total\">0</td>")
			.doesNotContain("href=\"/broadcasts\"");
	}

	@Test
	void sendsACoordinatorWithAOneTimePasswordToThePasswordForm() {
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.ADMINISTRATOR, true);
		assertThat(this.mvc.get().uri("/").with(coordinatorWithOneTimePassword())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/account/password");
	}

	@Test
	void letsACoordinatorWithAOneTimePasswordLoadTheStylesheet() {
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.ADMINISTRATOR, true);
		assertThat(this.mvc.get().uri("/css/admin.css").with(coordinatorWithOneTimePassword())).hasStatusOk();
	}

	@Test
	void signsInWithEmailAndPasswordAndGrantsTheRole() {
		givenCoordinator("ana@example.org", "correct horse battery", false);

		assertThat(this.mvc.perform(
				formLogin("/login").userParameter("email").user("ana@example.org").password("correct horse battery")))
			.hasRedirectedUrl("/")
			.matches(authenticated().withUsername("ana@example.org").withRoles("COORDINATOR"));
	}

	@Test
	void marksASignInWithAOneTimePasswordAsNeedingAPasswordChange() {
		givenCoordinator("ana@example.org", "one-time-password", true);

		assertThat(this.mvc
			.perform(formLogin("/login").userParameter("email").user("ana@example.org").password("one-time-password")))
			.hasRedirectedUrl("/")
			.matches(authenticated().withAuthentication((authentication) -> assertThat(authentication.getAuthorities())
				.extracting(GrantedAuthority::getAuthority)
				.contains("ROLE_COORDINATOR", CoordinatorUsers.PASSWORD_CHANGE_REQUIRED)));
	}

	@Test
	void rejectsAWrongPassword() {
		givenCoordinator("ana@example.org", "correct horse battery", false);

		assertThat(this.mvc.perform(
				formLogin("/login").userParameter("email").user("ana@example.org").password("wrong horse battery")))
			.hasRedirectedUrl("/login?error")
			.matches(unauthenticated());
	}

	@Test
	void signsOutWithAPostAndSendsBackToTheLoginPage() {
		assertThat(this.mvc.post().uri("/logout").with(coordinator()).with(csrf())).hasRedirectedUrl("/login?logout");
	}

	@Test
	void rendersTheErrorPageInTheLayout() {
		assertThat(this.mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/missing")
			.with(coordinator())).hasStatus(404)
			.bodyText()
			.contains("Educators’ Exchange Platform", "This page does not exist.", "Status 404", "Sign out");
	}

	private void givenCoordinator(String email, String password, boolean mustChangePassword) {
		Coordinator coordinator = mock();
		TestAccounts.stub(coordinator, email, CoordinatorRole.COORDINATOR, mustChangePassword);
		given(coordinator.passwordHash()).willReturn(this.passwordEncoder.encode(password));
		given(this.coordinators.find(email)).willReturn(Optional.of(coordinator));
	}

	static RequestPostProcessor coordinator() {
		return user("ana@example.org").roles("COORDINATOR");
	}

	static RequestPostProcessor coordinatorWithOneTimePassword() {
		return user("ana@example.org").authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority(CoordinatorUsers.PASSWORD_CHANGE_REQUIRED));
	}

	@Nested
	@TestPropertySource(properties = "platform.telegram.token=123456:real-token")
	class WithATelegramToken {

		@Test
		void hidesTheSandboxCardAndLink() {
			given(HomeControllerTests.this.educators.countByLanguage(EducatorScope.all())).willReturn(Map.of());

			assertThat(HomeControllerTests.this.mvc.get().uri("/").with(coordinator())).hasStatusOk()
				.bodyText()
				.contains("Registered educators by language")
				.doesNotContain("id=\"sandbox\"", "Sandbox mode", "href=\"/sandbox\"");
		}

	}

}
