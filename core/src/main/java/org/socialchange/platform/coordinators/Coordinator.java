package org.socialchange.platform.coordinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;

/**
 * A person who signs in to the admin web; the password is kept only as a hash.
 */
@Entity
@Table(name = "coordinators")
public class Coordinator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CoordinatorRole role;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@Column(name = "one_time_password_expires_at")
	private Instant oneTimePasswordExpiresAt;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_last_step")
	private Long totpLastStep;

	@Column(name = "recovery_codes")
	private String recoveryCodes;

	// The coordinator's own Telegram account (broadcast tests go there), linked with a
	// one-time code of which only the hash is kept until it is used or expires.

	@Column(name = "telegram_user_id")
	private Long telegramUserId;

	@Column(name = "telegram_chat_id")
	private Long telegramChatId;

	@Column(name = "telegram_name")
	private String telegramName;

	@Column(name = "telegram_linked_at")
	private Instant telegramLinkedAt;

	@Column(name = "link_code_hash")
	private String linkCodeHash;

	@Column(name = "link_code_expires_at")
	private Instant linkCodeExpiresAt;

	@Column(nullable = false)
	private String countries = "";

	@Column(nullable = false)
	private String networks = "";

	@Column(nullable = false)
	private boolean disabled;

	protected Coordinator() {
	}

	Coordinator(String email, String passwordHash, CoordinatorRole role, boolean mustChangePassword, Instant now) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
		this.oneTimePasswordExpiresAt = null;
		this.passwordChangedAt = now;
	}

	/** True when a session signed in at that instant predates the current password. */
	public boolean signedInBeforePasswordChange(Instant signedInAt) {
		return this.passwordChangedAt != null && (signedInAt == null || signedInAt.isBefore(this.passwordChangedAt));
	}

	/** Replaces any earlier code: only the newest one can link. */
	void offerTelegramLink(String codeHash, Instant expiresAt) {
		this.linkCodeHash = codeHash;
		this.linkCodeExpiresAt = expiresAt;
	}

	/** Links the Telegram account that sent a valid code; the code is used up. */
	void linkTelegram(TelegramLink link, Instant now) {
		if (!linkCodeValidAt(now)) {
			throw new IllegalStateException("No valid link code for coordinator " + this.id);
		}
		this.telegramUserId = link.userId();
		this.telegramChatId = link.chatId();
		this.telegramName = link.name();
		this.telegramLinkedAt = now;
		this.linkCodeHash = null;
		this.linkCodeExpiresAt = null;
	}

	boolean linkCodeValidAt(Instant now) {
		return this.linkCodeHash != null && now.isBefore(this.linkCodeExpiresAt);
	}

	void unlinkTelegram() {
		this.telegramUserId = null;
		this.telegramChatId = null;
		this.telegramName = null;
		this.telegramLinkedAt = null;
		this.linkCodeHash = null;
		this.linkCodeExpiresAt = null;
	}

	/** The linked Telegram account, if any. */
	public Optional<TelegramLink> telegram() {
		return (this.telegramChatId != null) ? Optional
			.of(new TelegramLink(this.telegramUserId, this.telegramChatId, this.telegramName, this.telegramLinkedAt))
				: Optional.empty();
	}

	public String email() {
		return this.email;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public CoordinatorRole role() {
		return this.role;
	}

	/** True for a one-time password that must be replaced at the first sign-in. */
	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	// One-time passwords

	/** Gives the account a one-time password, to be replaced at the first sign-in. */
	void oneTimePassword(String passwordHash, Instant validUntil) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
		this.oneTimePasswordExpiresAt = validUntil;
	}

	/** True when the account still has a one-time password and it is no longer valid. */
	public boolean oneTimePasswordExpired(Instant now) {
		return this.mustChangePassword && this.oneTimePasswordExpiresAt != null
				&& !now.isBefore(this.oneTimePasswordExpiresAt);
	}

	// The second factor

	/** Turns on the second factor with its secret and the hashes of recovery codes. */
	void enableSecondFactor(String secret, List<String> recoveryCodeHashes) {
		this.totpSecret = secret;
		this.totpLastStep = null;
		this.recoveryCodes = String.join("\n", recoveryCodeHashes);
	}

	public boolean secondFactorEnabled() {
		return this.totpSecret != null;
	}

	public Optional<String> totpSecret() {
		return Optional.ofNullable(this.totpSecret);
	}

	/**
	 * Accepts a code's time step once: a step not after the last one used is a replay.
	 */
	boolean useTotpStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	public List<String> recoveryCodeHashes() {
		return (this.recoveryCodes == null || this.recoveryCodes.isEmpty()) ? List.of()
				: List.of(this.recoveryCodes.split("\n"));
	}

	/** A recovery code works once. */
	void useRecoveryCode(String hash) {
		List<String> left = new ArrayList<>(recoveryCodeHashes());
		if (!left.remove(hash)) {
			throw new IllegalStateException("No such recovery code");
		}
		this.recoveryCodes = String.join("\n", left);
	}

	// Roles and scopes

	void assign(CoordinatorRole role, Set<Country> countries, Set<Network> networks) {
		this.role = role;
		this.countries = Scopes.join(countries);
		this.networks = Scopes.join(networks);
	}

	void disable() {
		this.disabled = true;
	}

	void enable() {
		this.disabled = false;
	}

	public Long id() {
		return this.id;
	}

	/** The countries assigned; empty means every country. */
	public Set<Country> countries() {
		return Scopes.countries(this.countries);
	}

	/** The networks assigned; empty means every network. */
	public Set<Network> networks() {
		return Scopes.networks(this.networks);
	}

	/** A disabled account cannot sign in and its sessions end. */
	public boolean disabled() {
		return this.disabled;
	}

	/** The educators this account may see, count and message. */
	public EducatorScope scope() {
		return Scopes.scope(this.role, countries(), networks());
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
