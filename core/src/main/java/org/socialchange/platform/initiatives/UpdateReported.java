package org.socialchange.platform.initiatives;

/** An educator flagged an update for coordinators. */
public record UpdateReported(long reportId, long updateId) {

}
