package org.socialchange.platform.admin;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	private static final Pattern LOGGED_PASSWORD = Pattern
		.compile("WARN.*First administrator: (\\S+)\\s+one-time password: (\\S+)\\s+\\(it must be changed");

	private final CoordinatorManagement coordinators = mock();

	private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void createsTheConfiguredAdministratorWithoutLoggingThePassword(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(true);

		run(new AdminSettings("ops@example.org", "configured secret 42"));

		ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
		then(this.coordinators).should()
			.create(eq("ops@example.org"), hash.capture(), eq(CoordinatorRole.ADMINISTRATOR), eq(false));
		assertThat(this.passwordEncoder.matches("configured secret 42", hash.getValue())).isTrue();
		assertThat(output).doesNotContain("configured secret 42").doesNotContain("one-time password");
	}

	@Test
	void createsAnAdministratorWithAOneTimePasswordLoggedOnceWhenNothingIsConfigured(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(true);

		run(new AdminSettings(null, null));

		ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
		then(this.coordinators).should()
			.create(eq(FirstAdministrator.DEFAULT_EMAIL), hash.capture(), eq(CoordinatorRole.ADMINISTRATOR), eq(true));
		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).as("the one-time password is logged at WARN").isTrue();
		assertThat(logged.group(1)).isEqualTo(FirstAdministrator.DEFAULT_EMAIL);
		assertThat(this.passwordEncoder.matches(logged.group(2), hash.getValue())).isTrue();
		assertThat(logged.find()).as("logged only once").isFalse();
	}

	@Test
	void givesTheConfiguredEmailAOneTimePasswordWhenNoPasswordIsConfigured(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(true);

		run(new AdminSettings("ops@example.org", " "));

		then(this.coordinators).should()
			.create(eq("ops@example.org"), anyString(), eq(CoordinatorRole.ADMINISTRATOR), eq(true));
		assertThat(output).containsPattern(LOGGED_PASSWORD.pattern()).contains("ops@example.org");
	}

	@Test
	void ignoresAConfiguredPasswordWithoutAnEmailAndNeverLogsIt(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(true);

		run(new AdminSettings(null, "configured secret 42"));

		then(this.coordinators).should()
			.create(eq(FirstAdministrator.DEFAULT_EMAIL), anyString(), eq(CoordinatorRole.ADMINISTRATOR), eq(true));
		assertThat(output).doesNotContain("configured secret 42").contains("ADMIN_PASSWORD is ignored");
	}

	@Test
	void doesNothingWhenACoordinatorExists(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(false);

		run(new AdminSettings(null, null));

		then(this.coordinators).should(never()).create(any(), any(), any(), anyBoolean());
		assertThat(output).doesNotContain("one-time password");
	}

	@Test
	void toleratesAnotherInstanceCreatingTheAdministratorAtTheSameTime() {
		given(this.coordinators.noneExists()).willReturn(true);
		given(this.coordinators.create(any(), any(), any(), anyBoolean()))
			.willThrow(new DataIntegrityViolationException("duplicate email"));

		assertThatNoException().isThrownBy(() -> run(new AdminSettings("ops@example.org", "configured secret 42")));
	}

	@Test
	void generatesLongUnambiguousAndDifferentOneTimePasswords() {
		Set<String> passwords = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String password = FirstAdministrator.oneTimePassword();
			assertThat(password.replace("-", "")).hasSizeGreaterThanOrEqualTo(20)
				.matches("[" + FirstAdministrator.ALPHABET + "]+")
				.doesNotContainAnyWhitespaces();
			assertThat(password).doesNotContain("0", "O", "o", "1", "l", "I");
			passwords.add(password);
		}
		assertThat(passwords).hasSize(200);
	}

	private void run(AdminSettings settings) {
		new FirstAdministrator(this.coordinators, this.passwordEncoder, settings).run(null);
	}

}
