package org.socialchange.platform.initiatives;

import java.time.Instant;

/** A reply one educator wrote to another through the bot, about an update. */
public record RelayedReply(long id, Long updateId, long fromId, long toId, String text, Instant createdAt) {

}
