package org.socialchange.platform.educators;

/**
 * An educator erased their data; features that keep anything tied to them must drop it in
 * the same transaction.
 */
public record EducatorErased(long educatorId, long chatId) {
}
