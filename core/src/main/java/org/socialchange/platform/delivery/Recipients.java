package org.socialchange.platform.delivery;

import java.util.Collection;
import java.util.Set;

import org.socialchange.platform.identity.EducatorId;

/**
 * The port through which the delivery engine asks who may still receive bulk messages;
 * the educators feature implements it, so delivery depends on no feature.
 */
public interface Recipients {

	/**
	 * Those of the given educators who still exist and may receive bulk messages now (not
	 * paused, not blocked, not erased).
	 */
	Set<EducatorId> reachable(Collection<EducatorId> educators);

}
