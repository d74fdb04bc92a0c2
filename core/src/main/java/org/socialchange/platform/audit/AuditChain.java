package org.socialchange.platform.audit;

import java.util.Optional;

/**
 * What {@link AuditLog#verify()} found: how many entries it checked and the first one
 * whose hash does not follow from the entry before it, if any.
 */
public record AuditChain(long checked, Optional<Long> firstBrokenId) {

	public boolean intact() {
		return this.firstBrokenId.isEmpty();
	}

}
