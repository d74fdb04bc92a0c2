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

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	CoordinatorManagement(Coordinators coordinators, Clock clock, ApplicationEventPublisher events) {
		this.coordinators = coordinators;
		this.clock = clock;
		this.events = events;
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

	// Linking a coordinator's own Telegram account

	/** How long a link code is valid. */
	public static final Duration LINK_CODE_VALIDITY = Duration.ofMinutes(10);

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A new one-time code for the coordinator to send to the bot; only its hash is
	 * stored, and it replaces any earlier code.
	 */
	@Transactional
	public TelegramLinkCode offerTelegramLink(String email) {
		Coordinator coordinator = find(email).orElseThrow(() -> new IllegalStateException("No coordinator " + email));
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

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
