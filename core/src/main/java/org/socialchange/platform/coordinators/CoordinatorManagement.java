package org.socialchange.platform.coordinators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates coordinators and keeps their password hashes; hashing is the caller's. */
@Service
@Transactional(readOnly = true)
public class CoordinatorManagement {

	/** How long a one-time password lets its account sign in. */
	public static final Duration ONE_TIME_PASSWORD_VALIDITY = Duration.ofHours(24);

	private final Coordinators coordinators;

	private final Clock clock;

	CoordinatorManagement(Coordinators coordinators, Clock clock) {
		this.coordinators = coordinators;
		this.clock = clock;
	}

	public boolean noneExists() {
		return this.coordinators.count() == 0;
	}

	public Optional<Coordinator> find(String email) {
		return this.coordinators.findByEmailIgnoreCase(email.trim());
	}

	@Transactional
	public Coordinator create(String email, String passwordHash, CoordinatorRole role, boolean mustChangePassword) {
		return this.coordinators.save(new Coordinator(email.trim().toLowerCase(Locale.ROOT), passwordHash, role,
				mustChangePassword, this.clock.instant()));
	}

	@Transactional
	public void changePassword(String email, String passwordHash) {
		Coordinator coordinator = find(email).orElseThrow(() -> new IllegalStateException("No coordinator " + email));
		coordinator.changePassword(passwordHash);
	}

	/**
	 * Creates an account, or renews the one it has, with a one-time password valid for
	 * {@link #ONE_TIME_PASSWORD_VALIDITY}; answers until when.
	 */
	@Transactional
	public Instant oneTimePassword(String email, String passwordHash, CoordinatorRole role) {
		Instant until = this.clock.instant().plus(ONE_TIME_PASSWORD_VALIDITY);
		Coordinator coordinator = find(email).orElseGet(() -> create(email, passwordHash, role, true));
		coordinator.oneTimePassword(passwordHash, until);
		this.coordinators.save(coordinator);
		return until;
	}

	/**
	 * Turns on an account's second factor; hashing the recovery codes is the caller's.
	 */
	@Transactional
	public void enableSecondFactor(String email, String secret, List<String> recoveryCodeHashes) {
		require(email).enableSecondFactor(secret, recoveryCodeHashes);
	}

	/** Accepts a code's time step once; false for a step used before (a replay). */
	@Transactional
	public boolean useTotpStep(String email, long step) {
		return require(email).useTotpStep(step);
	}

	/**
	 * Uses up the recovery code whose hash matches; false when none does.
	 */
	@Transactional
	public boolean useRecoveryCode(String email, Predicate<String> matchesHash) {
		Coordinator coordinator = require(email);
		Optional<String> hash = coordinator.recoveryCodeHashes().stream().filter(matchesHash).findFirst();
		hash.ifPresent(coordinator::useRecoveryCode);
		return hash.isPresent();
	}

	private Coordinator require(String email) {
		return find(email).orElseThrow(() -> new IllegalStateException("No coordinator " + email));
	}

}
