package org.socialchange.platform.educators;

/** Who may see an educator's name, region and initiatives. */
public enum Visibility {

	PEER_GROUPS, NETWORK, COORDINATORS

}
