package org.socialchange.platform.initiatives;

/** A coordinator found nothing wrong with a reported update. */
public record ReportsDismissed(long updateId, String by, int reports) {

}
