package org.socialchange.platform.bot;

import org.socialchange.platform.educators.Educator;

/**
 * Opens the deep links of one feature (a group invite, say) for a registered educator.
 */
public interface DeepLinkHandler {

	/** Acts on the payload and returns true when it is this feature's. */
	boolean open(Incoming incoming, Educator educator, String payload);

}
