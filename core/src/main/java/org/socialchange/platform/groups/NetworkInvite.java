package org.socialchange.platform.groups;

import java.time.Instant;
import java.util.Optional;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;

/**
 * An invite link of the network: whoever registers through it is a member at once.
 *
 * @param token the deep-link payload
 * @param label what the coordinator called it (where they shared it)
 * @param country the country it was made for, {@code null} for any
 */
public record NetworkInvite(long id, String token, String label, Country country, Network network, String createdBy,
		Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

	public Optional<Country> countryOf() {
		return Optional.ofNullable(this.country);
	}

}
