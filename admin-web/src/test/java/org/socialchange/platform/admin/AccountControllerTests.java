package org.socialchange.platform.admin;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(AccountController.class)
@Import(SecurityConfiguration.class)
class AccountControllerTests {

	private static final String EMAIL = "ana@example.org";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@MockitoBean
	CoordinatorManagement coordinators;

	private static final String CURRENT = "the one-time password";

	@BeforeEach
	void signedInAccount() {
		Coordinator coordinator = TestAccounts.given(this.coordinators, EMAIL, CoordinatorRole.ADMINISTRATOR, true);
		given(coordinator.passwordHash()).willReturn(this.passwordEncoder.encode(CURRENT));
	}

	@Test
	void refusesAChangeWithoutTheCurrentPassword() {
		assertThat(this.mvc.post()
			.uri("/account/password")
			.with(withOneTimePassword())
			.with(csrf())
			.param("current", "a guess at it")
			.param("password", "a long enough password")
			.param("repeat", "a long enough password")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("current", PasswordForm.WRONG_CURRENT);
		then(this.coordinators).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	void showsThePasswordFormToACoordinatorWithAOneTimePassword() {
		assertThat(this.mvc.get().uri("/account/password").with(withOneTimePassword())).hasStatusOk()
			.hasViewName("account/password")
			.bodyText()
			.contains("Choose a new password", "name=\"password\"", "name=\"repeat\"", "name=\"_csrf\"");
	}

	@Test
	void rejectsAPasswordShorterThanTwelveCharacters() {
		assertThat(submit("short-pass1", "short-pass1")).hasStatusOk()
			.hasViewName("account/password")
			.model()
			.extractingBindingResult("form")
			.hasOnlyFieldErrors("password")
			.hasFieldErrorCode("password", PasswordForm.TOO_SHORT);
		then(this.coordinators).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	void rejectsTwoPasswordsThatAreNotEqual() {
		assertThat(submit("a long enough password", "a long enough passw0rd")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasOnlyFieldErrors("repeat")
			.hasFieldErrorCode("repeat", PasswordForm.NOT_EQUAL);
		then(this.coordinators).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	void rejectsAPasswordLongerThanBcryptReads() {
		String tooLong = "пароль".repeat(7);

		assertThat(submit(tooLong, tooLong)).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("password", PasswordForm.TOO_LONG);
		then(this.coordinators).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	void rejectsKeepingTheCurrentPassword() {
		Coordinator coordinator = mock();
		TestAccounts.stub(coordinator, EMAIL, CoordinatorRole.ADMINISTRATOR, true);
		given(coordinator.passwordHash()).willReturn(this.passwordEncoder.encode("the one-time password"));
		given(this.coordinators.find(EMAIL)).willReturn(Optional.of(coordinator));

		assertThat(submit("the one-time password", "the one-time password")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("password", PasswordForm.UNCHANGED);
		then(this.coordinators).should(never()).changePassword(anyString(), anyString());
	}

	@Test
	void showsFieldErrorsInTheCoordinatorsLanguage() {
		assertThat(this.mvc.post()
			.uri("/account/password")
			.with(withOneTimePassword())
			.with(csrf())
			.header("Accept-Language", "ru")
			.param("current", CURRENT)
			.param("password", "a long enough password")
			.param("repeat", "something else entirely")).hasStatusOk()
			.bodyText()
			.contains("Пароли не совпадают.", "Задайте новый пароль");
	}

	@Test
	void savesAHashOfTheNewPasswordAndLiftsTheRestriction() {
		String password = "a long enough password";

		MvcTestResult result = submit(password, password);

		assertThat(result).hasRedirectedUrl("/");
		assertThat(result).flash().containsEntry("notice", "Your new password is saved.");
		assertThat(this.mvc.get().uri("/another-page").session(session(result)))
			.as("the same session may open other pages at once")
			.hasStatus(404);
		ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
		then(this.coordinators).should().changePassword(eq(EMAIL), hash.capture());
		assertThat(hash.getValue()).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(this.passwordEncoder.matches(password, hash.getValue())).isTrue();
	}

	@Test
	void refusesAChangeWithoutTheCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/account/password")
			.with(withOneTimePassword())
			.param("password", "a long enough password")
			.param("repeat", "a long enough password")).hasStatus(403);
		then(this.coordinators).should(never()).changePassword(any(), any());
	}

	private MvcTestResult submit(String password, String repeat) {
		return this.mvc.post()
			.uri("/account/password")
			.with(withOneTimePassword())
			.with(csrf())
			.param("current", CURRENT)
			.param("password", password)
			.param("repeat", repeat)
			.exchange();
	}

	private static MockHttpSession session(MvcTestResult result) {
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static RequestPostProcessor withOneTimePassword() {
		return user(EMAIL).authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority(CoordinatorUsers.PASSWORD_CHANGE_REQUIRED));
	}

}
