package org.socialchange.platform.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator while no coordinator exists: from {@code ADMIN_EMAIL}
 * and {@code ADMIN_PASSWORD} when both are set (a password the policy refuses stops the
 * start), otherwise with a one-time password valid for 24 hours, printed once on the
 * console (never written to the log) and replaced at the first sign-in. A start after it
 * expired unused prints a new one.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	static final String DEFAULT_EMAIL = "admin@localhost";

	/** Letters and digits without the look-alikes 0, O, o, 1, I and l. */
	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final int GROUPS = 6;

	private static final int GROUP_LENGTH = 4;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final SecureRandom random = new SecureRandom();

	private final CoordinatorManagement coordinators;

	private final PasswordEncoder passwordEncoder;

	private final AdminSettings settings;

	private final Clock clock;

	FirstAdministrator(CoordinatorManagement coordinators, PasswordEncoder passwordEncoder, AdminSettings settings,
			Clock clock) {
		this.coordinators = coordinators;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!this.coordinators.noneExists()) {
			renewExpiredOneTimePassword();
			return;
		}
		try {
			if (this.settings.hasEmail() && this.settings.hasPassword()) {
				createConfigured();
			}
			else {
				createWithOneTimePassword();
			}
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another instance has just created the first administrator");
		}
	}

	private void createConfigured() {
		String email = this.settings.email().trim();
		PasswordForm.weakness(this.settings.password()).ifPresent((weakness) -> {
			throw new WeakAdminPassword(weakness);
		});
		this.coordinators.create(email, this.passwordEncoder.encode(this.settings.password()),
				CoordinatorRole.ADMINISTRATOR, false);
		log.info("Created the first administrator {} with the configured password", email);
	}

	private void createWithOneTimePassword() {
		String email = this.settings.hasEmail() ? this.settings.email().trim() : DEFAULT_EMAIL;
		if (this.settings.hasPassword()) {
			log.warn("ADMIN_PASSWORD is ignored because ADMIN_EMAIL is not set");
		}
		printOneTimePassword(email);
	}

	private void renewExpiredOneTimePassword() {
		String email = this.settings.hasEmail() ? this.settings.email().trim() : DEFAULT_EMAIL;
		this.coordinators.find(email)
			.filter((administrator) -> administrator.oneTimePasswordExpired(this.clock.instant()))
			.ifPresent((administrator) -> printOneTimePassword(email));
	}

	/** Shown once, on the console only: logs are kept and shipped, the console is not. */
	private void printOneTimePassword(String email) {
		String password = oneTimePassword();
		Instant until = this.coordinators.oneTimePassword(email, this.passwordEncoder.encode(password),
				CoordinatorRole.ADMINISTRATOR);
		System.out.println();
		System.out.println("******** First administrator: " + email + "  one-time password: " + password
				+ "  (valid until " + until + "; it must be changed at the first sign-in) ********");
		System.out.println();
		log.info("Printed a one-time password for {} on the console (not in the log); it is valid until {}", email,
				until);
	}

	/** {@code ADMIN_PASSWORD} is weaker than the password policy allows. */
	static class WeakAdminPassword extends IllegalStateException {

		WeakAdminPassword(String weakness) {
			super("ADMIN_PASSWORD does not meet the password policy (" + weakness + "): it needs at least "
					+ PasswordForm.MINIMUM_LENGTH + " characters and at most " + PasswordForm.MAXIMUM_BYTES
					+ " bytes. The first administrator was not created.");
		}

	}

	/**
	 * A random password of 24 unambiguous characters in dash-separated groups of four.
	 */
	static String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				password.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
		}
		return password.toString();
	}

}
