package org.socialchange.platform.initiatives;

/** A coordinator hid an update; its author is told why. */
public record UpdateHidden(long updateId, long authorId, String by, String reason) {

}
