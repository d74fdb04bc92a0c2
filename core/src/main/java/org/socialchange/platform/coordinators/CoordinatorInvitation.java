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

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;

/**
 * An administrator's invitation to a new account: usable once, until it expires; only the
 * hash of its token is kept.
 */
@Entity
@Table(name = "coordinator_invitations")
public class CoordinatorInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CoordinatorRole role;

	@Column(nullable = false)
	private String countries;

	@Column(nullable = false)
	private String networks;

	@Column(name = "invited_by", nullable = false)
	private String invitedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	protected CoordinatorInvitation() {
	}

	CoordinatorInvitation(String tokenHash, String email, CoordinatorRole role, Set<Country> countries,
			Set<Network> networks, String invitedBy, Instant now, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.email = email;
		this.role = role;
		this.countries = Scopes.join(countries);
		this.networks = Scopes.join(networks);
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.acceptedAt == null && now.isBefore(this.expiresAt);
	}

	void accept(Instant now) {
		this.acceptedAt = now;
	}

	public String email() {
		return this.email;
	}

	public CoordinatorRole role() {
		return this.role;
	}

	public Set<Country> countries() {
		return Scopes.countries(this.countries);
	}

	public Set<Network> networks() {
		return Scopes.networks(this.networks);
	}

	public String invitedBy() {
		return this.invitedBy;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

}
