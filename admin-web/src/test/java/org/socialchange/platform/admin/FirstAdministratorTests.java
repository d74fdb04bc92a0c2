package org.socialchange.platform.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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

	private static final Pattern PRINTED_PASSWORD = Pattern.compile(
			"(?m)^\\*+ First administrator: (\\S+)\\s+one-time password: (\\S+)\\s+\\(valid until 2026-11-29T10:00:00Z");

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final Instant UNTIL = NOW.plus(CoordinatorManagement.ONE_TIME_PASSWORD_VALIDITY);

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
	void printsAOneTimePasswordOnceOnTheConsoleNeverInTheLogWhenNothingIsConfigured(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(true);
		given(this.coordinators.oneTimePassword(any(), any(), any())).willReturn(UNTIL);

		run(new AdminSettings(null, null));

		ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
		then(this.coordinators).should()
			.oneTimePassword(eq(FirstAdministrator.DEFAULT_EMAIL), hash.capture(), eq(CoordinatorRole.ADMINISTRATOR));
		Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
		assertThat(printed.find()).as("the one-time password is printed").isTrue();
		assertThat(printed.group(1)).isEqualTo(FirstAdministrator.DEFAULT_EMAIL);
		String password = printed.group(2);
		assertThat(this.passwordEncoder.matches(password, hash.getValue())).isTrue();
		assertThat(printed.find()).as("printed only once").isFalse();
		assertThat(output.getAll().lines().filter((line) -> line.contains(password)))
			.as("no log line holds the password, only the printed one")
			.hasSize(1);
		assertThat(output.getAll()).containsPattern("INFO .*Printed a one-time password for admin@localhost");
	}

	@Test
	void printsANewOneTimePasswordWhenTheUnusedOneExpired(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(false);
		Coordinator administrator = mock();
		given(administrator.oneTimePasswordExpired(NOW)).willReturn(true);
		given(this.coordinators.find(FirstAdministrator.DEFAULT_EMAIL)).willReturn(Optional.of(administrator));
		given(this.coordinators.oneTimePassword(any(), any(), any())).willReturn(UNTIL);

		run(new AdminSettings(null, null));

		then(this.coordinators).should()
			.oneTimePassword(eq(FirstAdministrator.DEFAULT_EMAIL), anyString(), eq(CoordinatorRole.ADMINISTRATOR));
		assertThat(output.getOut()).containsPattern(PRINTED_PASSWORD.pattern());
	}

	@Test
	void refusesAConfiguredPasswordTheSignInPolicyWouldRefuse(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(true);

		assertThatExceptionOfType(FirstAdministrator.WeakAdminPassword.class)
			.isThrownBy(() -> run(new AdminSettings("ops@example.org", "admin123")))
			.withMessageContaining("ADMIN_PASSWORD")
			.withMessageNotContaining("admin123");
		then(this.coordinators).should(never()).create(any(), any(), any(), anyBoolean());
	}

	@Test
	void ignoresAConfiguredPasswordWithoutAnEmailAndNeverLogsIt(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(true);

		run(new AdminSettings(null, "configured secret 42"));

		then(this.coordinators).should()
			.oneTimePassword(eq(FirstAdministrator.DEFAULT_EMAIL), anyString(), eq(CoordinatorRole.ADMINISTRATOR));
		assertThat(output).doesNotContain("configured secret 42").contains("ADMIN_PASSWORD is ignored");
	}

	@Test
	void doesNothingWhenACoordinatorExists(CapturedOutput output) {
		given(this.coordinators.noneExists()).willReturn(false);
		given(this.coordinators.find(any())).willReturn(Optional.empty());

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
		new FirstAdministrator(this.coordinators, this.passwordEncoder, settings, Clock.fixed(NOW, ZoneOffset.UTC))
			.run(null);
	}

}
