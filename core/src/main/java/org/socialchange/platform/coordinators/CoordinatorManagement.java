package org.socialchange.platform.coordinators;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates coordinators and keeps their password hashes; hashing is the caller's. */
@Service
@Transactional(readOnly = true)
public class CoordinatorManagement {

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

}
