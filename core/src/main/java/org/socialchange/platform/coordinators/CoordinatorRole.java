package org.socialchange.platform.coordinators;

/** What a coordinator may do in the admin web. */
public enum CoordinatorRole {

	ADMINISTRATOR, COORDINATOR

}
