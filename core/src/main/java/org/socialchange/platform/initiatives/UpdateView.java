package org.socialchange.platform.initiatives;

/**
 * An update as a viewer sees it: the initiative's title, its author, how many found it
 * useful (the count only; its author sees it), whether the viewer did and whether it is
 * theirs.
 */
public record UpdateView(InitiativeUpdate update, Initiative initiative, Author author, long useful,
		boolean usefulToViewer, boolean mine) {

}
