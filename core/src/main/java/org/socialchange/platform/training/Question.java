package org.socialchange.platform.training;

/**
 * What a prompt asks: nothing, one option, several options, or a free-text reflection.
 */
public enum Question {

	NONE, SINGLE, MULTIPLE, REFLECTION;

	public boolean choice() {
		return this == SINGLE || this == MULTIPLE;
	}

}
