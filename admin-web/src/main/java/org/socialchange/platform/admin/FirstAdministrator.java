package org.socialchange.platform.admin;

import java.security.SecureRandom;

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
 * and {@code ADMIN_PASSWORD} when both are set, otherwise with a one-time password that
 * is logged once and must be replaced at the first sign-in.
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

	FirstAdministrator(CoordinatorManagement coordinators, PasswordEncoder passwordEncoder, AdminSettings settings) {
		this.coordinators = coordinators;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!this.coordinators.noneExists()) {
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
		this.coordinators.create(email, this.passwordEncoder.encode(this.settings.password()),
				CoordinatorRole.ADMINISTRATOR, false);
		log.info("Created the first administrator {} with the configured password", email);
	}

	private void createWithOneTimePassword() {
		String email = this.settings.hasEmail() ? this.settings.email().trim() : DEFAULT_EMAIL;
		if (this.settings.hasPassword()) {
			log.warn("ADMIN_PASSWORD is ignored because ADMIN_EMAIL is not set");
		}
		String password = oneTimePassword();
		this.coordinators.create(email, this.passwordEncoder.encode(password), CoordinatorRole.ADMINISTRATOR, true);
		log.warn(
				"******** First administrator: {}  one-time password: {}  (it must be changed at the first sign-in) ********",
				email, password);
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
