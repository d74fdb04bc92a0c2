package org.socialchange.platform.coordinators;

import java.time.Instant;
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

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
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
