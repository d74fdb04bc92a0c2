package org.socialchange.platform.initiatives;

/** What an update carries beside its text. */
public enum MediaKind {

	NONE, PHOTOS, DOCUMENT

}
