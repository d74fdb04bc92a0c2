package org.socialchange.platform.coordinators;

import java.time.Instant;

/**
 * The secret of a new invitation, shown to the administrator once and never stored.
 */
public record InvitationLink(String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "InvitationLink[token=…, expiresAt=" + this.expiresAt + "]";
	}

}
