package org.socialchange.platform.initiatives;

/**
 * An initiative as a viewer sees it: with its author, how many visible updates and
 * followers it has, whether the viewer follows it and whether it is the viewer's own.
 */
public record InitiativeCard(Initiative initiative, Author author, long updates, long followers, boolean following,
		boolean mine) {

}
