package org.socialchange.platform.training;

/**
 * How an educator lets the program's coordinators see a reflection: with their name,
 * without it, or not at all.
 */
public enum Sharing {

	NAMED, ANONYMOUS, PRIVATE

}
