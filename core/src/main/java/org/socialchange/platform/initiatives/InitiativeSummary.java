package org.socialchange.platform.initiatives;

/** An initiative in a list, with its author as the viewer may see them. */
public record InitiativeSummary(Initiative initiative, Author author) {

}
