package org.socialchange.platform.initiatives;

/** Where an initiative stands. */
public enum Stage {

	IDEA, RUNNING, COMPLETED

}
