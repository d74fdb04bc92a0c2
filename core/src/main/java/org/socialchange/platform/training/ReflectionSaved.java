package org.socialchange.platform.training;

/**
 * A reflection taken: the send it answers, the program's title and the prompt's place,
 * how it is shared, and whether it replaced an earlier one.
 */
public record ReflectionSaved(long sendId, String programTitle, int position, Sharing sharing, boolean changed) {

}
