package org.socialchange.platform.admin;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * A new password typed twice: at least {@value #MINIMUM_LENGTH} characters, at most
 * {@value #MAXIMUM_BYTES} bytes (what bcrypt reads), and both the same; changing one's
 * password also needs the current one (an invitation has none).
 */
record PasswordForm(String current, String password, String repeat) {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_BYTES = 72;

	static final String TOO_SHORT = "account.password.error.tooShort";

	static final String TOO_LONG = "account.password.error.tooLong";

	static final String NOT_EQUAL = "account.password.error.notEqual";

	static final String UNCHANGED = "account.password.error.unchanged";

	static final String WRONG_CURRENT = "account.password.error.current";

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	void validate(Errors errors) {
		String password = (this.password != null) ? this.password : "";
		Optional<String> weakness = weakness(password);
		if (weakness.isPresent()) {
			errors.rejectValue("password", weakness.get(), new Object[] { MINIMUM_LENGTH }, null);
		}
		else if (!password.equals(this.repeat)) {
			errors.rejectValue("repeat", NOT_EQUAL);
		}
	}

	/**
	 * What the policy finds wrong with a password (a message code); empty when nothing.
	 */
	static Optional<String> weakness(String password) {
		if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of(TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of(TOO_LONG);
		}
		return Optional.empty();
	}

}
