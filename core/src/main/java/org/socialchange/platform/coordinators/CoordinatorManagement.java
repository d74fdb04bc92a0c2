package org.socialchange.platform.coordinators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;

/** Creates coordinators and keeps their password hashes; hashing is the caller's. */
@Service
@Transactional(readOnly = true)
public class CoordinatorManagement {

	/** How long a one-time password lets its account sign in. */
	public static final Duration ONE_TIME_PASSWORD_VALIDITY = Duration.ofHours(24);

	/** How long an invitation link can be used. */
	public static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Coordinators coordinators;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final CoordinatorInvitations invitations;

	CoordinatorManagement(Coordinators coordinators, Clock clock, ApplicationEventPublisher events,
			CoordinatorInvitations invitations) {
		this.coordinators = coordinators;
		this.clock = clock;
		this.events = events;
		this.invitations = invitations;
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

	/** Changes the password; sessions signed in before now end at their next request. */
	@Transactional
	public void changePassword(String email, String passwordHash) {
		require(email).changePassword(passwordHash, this.clock.instant());
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

	// Linking a coordinator's own Telegram account

	/** How long a link code is valid. */
	public static final Duration LINK_CODE_VALIDITY = Duration.ofMinutes(10);

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 8;

	/**
	 * A new one-time code for the coordinator to send to the bot; only its hash is
	 * stored, and it replaces any earlier code.
	 */
	@Transactional
	public TelegramLinkCode offerTelegramLink(String email) {
		Coordinator coordinator = require(email);
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		Instant expiresAt = this.clock.instant().plus(LINK_CODE_VALIDITY);
		coordinator.offerTelegramLink(hash(code.toString()), expiresAt);
		return new TelegramLinkCode(code.toString(), expiresAt);
	}

	/**
	 * Links the Telegram account that sent a code to the coordinator who was given it, if
	 * the code is valid; the account is unlinked from any other coordinator.
	 * @return the coordinator's e-mail, empty for an unknown, used or expired code
	 */
	@Transactional
	public Optional<String> linkTelegram(String code, TelegramLink account) {
		String normalized = code.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
		if (!normalized.matches("[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}")) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<Coordinator> coordinator = this.coordinators.findByLinkCodeHash(hash(normalized))
			.filter((candidate) -> candidate.linkCodeValidAt(now));
		coordinator.ifPresent((linking) -> {
			this.coordinators.findByTelegramUserId(account.userId())
				.filter((other) -> other != linking)
				.ifPresent((other) -> {
					other.unlinkTelegram();
					this.events.publishEvent(new TelegramAccountChanged(other.email(), null));
				});
			linking.linkTelegram(account, now);
			this.events.publishEvent(new TelegramAccountChanged(linking.email(), account.name()));
		});
		return coordinator.map(Coordinator::email);
	}

	@Transactional
	public void unlinkTelegram(String email) {
		find(email).filter((coordinator) -> coordinator.telegram().isPresent()).ifPresent((coordinator) -> {
			coordinator.unlinkTelegram();
			this.events.publishEvent(new TelegramAccountChanged(coordinator.email(), null));
		});
	}

	/** The coordinator's linked Telegram account, if any. */
	public Optional<TelegramLink> telegram(String email) {
		return find(email).flatMap(Coordinator::telegram);
	}

	// Roles, scopes, invitations

	public List<Coordinator> all() {
		return this.coordinators.findAllByOrderByEmail();
	}

	public Optional<Coordinator> find(long id) {
		return this.coordinators.findById(id);
	}

	/** The enabled account that linked this Telegram user, if any. */
	public Optional<Coordinator> findByTelegramUser(long telegramUserId) {
		return this.coordinators.findByTelegramUserId(telegramUserId).filter((coordinator) -> !coordinator.disabled());
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
		this.events.publishEvent(new AccountChanged(by, "coordinator.invited", subject(address),
				describe(role, countries, networks) + ", link valid until " + expiresAt));
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
		this.events.publishEvent(new AccountChanged(invitation.email(), "coordinator.invitation.accepted",
				subject(invitation.email()), "invited by " + invitation.invitedBy() + ", "
						+ describe(invitation.role(), invitation.countries(), invitation.networks())));
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
		this.events.publishEvent(new AccountChanged(by, "coordinator.role.changed", subject(coordinator.email()),
				before + " -> " + describe(role, countries, networks)));
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
			this.events
				.publishEvent(new AccountChanged(by, "coordinator.disabled", subject(coordinator.email()), null));
		}
		return coordinator;
	}

	@Transactional
	public Coordinator enable(long id, String by) {
		Coordinator coordinator = require(id);
		if (coordinator.disabled()) {
			coordinator.enable();
			this.events.publishEvent(new AccountChanged(by, "coordinator.enabled", subject(coordinator.email()), null));
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
