package org.socialchange.platform.initiatives;

/**
 * What an educator chose to receive privately: the digests of their peer groups, and
 * weekly suggestions of peers whose initiatives look for what theirs do.
 */
public record Preferences(boolean digestsInPrivate, boolean partnerSuggestions) {

	public static final Preferences DEFAULT = new Preferences(false, false);

}
