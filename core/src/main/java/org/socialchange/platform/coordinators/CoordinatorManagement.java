package org.socialchange.platform.coordinators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;

/** Creates coordinators and keeps their password hashes; hashing is the caller's. */
@Service
@Transactional(readOnly = true)
public class CoordinatorManagement {

	/** How long an invitation link can be used. */
	public static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Coordinators coordinators;

	private final Clock clock;

	private final CoordinatorInvitations invitations;

	private final AuditLog audit;

	CoordinatorManagement(Coordinators coordinators, Clock clock, CoordinatorInvitations invitations, AuditLog audit) {
		this.coordinators = coordinators;
		this.clock = clock;
		this.invitations = invitations;
		this.audit = audit;
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

	// Roles, scopes, invitations

	public List<Coordinator> all() {
		return this.coordinators.findAllByOrderByEmail();
	}

	public Optional<Coordinator> find(long id) {
		return this.coordinators.findById(id);
	}

	/**
	 * Invites a new account by a one-time link; answers its token, which is stored only
	 * as a hash.
	 */
	@Transactional
	public InvitationLink invite(String email, CoordinatorRole role, Set<Country> countries, Set<Network> networks,
			String by) {
		String address = email.trim().toLowerCase(Locale.ROOT);
		if (this.coordinators.findByEmailIgnoreCase(address).isPresent()) {
			throw new AccountChangeRefused(AccountChangeRefused.Reason.EMAIL_TAKEN);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(INVITATION_VALIDITY);
		this.invitations
			.save(new CoordinatorInvitation(hash(token), address, role, countries, networks, by, now, expiresAt));
		this.audit.record(by, "coordinator.invited", subject(address),
				describe(role, countries, networks) + ", link valid until " + expiresAt, null);
		return new InvitationLink(token, expiresAt);
	}

	/** The invitation of this token while it can be used: unused and not expired. */
	public Optional<CoordinatorInvitation> invitation(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(hash(token))
			.filter((invitation) -> invitation.usableAt(this.clock.instant()));
	}

	/** Creates the invited account with its password; the link cannot be used again. */
	@Transactional
	public Coordinator accept(String token, String passwordHash) {
		CoordinatorInvitation invitation = invitation(token)
			.orElseThrow(() -> new AccountChangeRefused(AccountChangeRefused.Reason.INVITATION_INVALID));
		if (this.coordinators.findByEmailIgnoreCase(invitation.email()).isPresent()) {
			throw new AccountChangeRefused(AccountChangeRefused.Reason.EMAIL_TAKEN);
		}
		invitation.accept(this.clock.instant());
		Coordinator coordinator = new Coordinator(invitation.email(), passwordHash, invitation.role(), false,
				this.clock.instant());
		coordinator.assign(invitation.role(), invitation.countries(), invitation.networks());
		coordinator = this.coordinators.save(coordinator);
		this.audit.record(invitation.email(), "coordinator.invitation.accepted", subject(invitation.email()),
				"invited by " + invitation.invitedBy() + ", "
						+ describe(invitation.role(), invitation.countries(), invitation.networks()),
				null);
		return coordinator;
	}

	/**
	 * Changes an account's role and scope; an administrator cannot demote themselves or
	 * the last active administrator.
	 */
	@Transactional
	public Coordinator assign(long id, CoordinatorRole role, Set<Country> countries, Set<Network> networks, String by) {
		Coordinator coordinator = require(id);
		if (coordinator.role() == CoordinatorRole.ADMINISTRATOR && role != CoordinatorRole.ADMINISTRATOR) {
			guardAdministrator(coordinator, by);
		}
		String before = describe(coordinator.role(), coordinator.countries(), coordinator.networks());
		coordinator.assign(role, countries, networks);
		this.audit.record(by, "coordinator.role.changed", subject(coordinator.email()),
				before + " -> " + describe(role, countries, networks), null);
		return coordinator;
	}

	/**
	 * Disables an account: it cannot sign in and its sessions end. Nobody disables
	 * themselves or the last active administrator.
	 */
	@Transactional
	public Coordinator disable(long id, String by) {
		Coordinator coordinator = require(id);
		if (coordinator.email().equalsIgnoreCase(by)) {
			throw new AccountChangeRefused(AccountChangeRefused.Reason.SELF);
		}
		if (coordinator.role() == CoordinatorRole.ADMINISTRATOR) {
			guardAdministrator(coordinator, by);
		}
		if (!coordinator.disabled()) {
			coordinator.disable();
			this.audit.record(by, "coordinator.disabled", subject(coordinator.email()), null, null);
		}
		return coordinator;
	}

	@Transactional
	public Coordinator enable(long id, String by) {
		Coordinator coordinator = require(id);
		if (coordinator.disabled()) {
			coordinator.enable();
			this.audit.record(by, "coordinator.enabled", subject(coordinator.email()), null, null);
		}
		return coordinator;
	}

	private void guardAdministrator(Coordinator coordinator, String by) {
		if (coordinator.email().equalsIgnoreCase(by)) {
			throw new AccountChangeRefused(AccountChangeRefused.Reason.SELF);
		}
		if (!coordinator.disabled()
				&& this.coordinators.countByRoleAndDisabledFalse(CoordinatorRole.ADMINISTRATOR) <= 1) {
			throw new AccountChangeRefused(AccountChangeRefused.Reason.LAST_ADMINISTRATOR);
		}
	}

	private Coordinator require(long id) {
		return this.coordinators.findById(id).orElseThrow(() -> new IllegalArgumentException("No coordinator " + id));
	}

	private static String subject(String email) {
		return "coordinator:" + email;
	}

	private static String describe(CoordinatorRole role, Set<Country> countries, Set<Network> networks) {
		return "role " + role + ", countries " + (countries.isEmpty() ? "all" : Scopes.join(countries)) + ", networks "
				+ (networks.isEmpty() ? "all" : Scopes.join(networks));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
