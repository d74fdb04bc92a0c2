package org.socialchange.platform.educators;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.socialchange.platform.delivery.ChatBlocked;

/**
 * Marks the educator of a chat that blocked the bot unreachable. An
 * {@link ApplicationModuleListener}: it runs after the delivery batch committed, in its
 * own transaction, and a failure leaves the publication incomplete in the registry to be
 * republished, so the sending worker never waits for it nor rolls back for it.
 */
@Component
class BlockedChats {

	private final EducatorManagement educators;

	BlockedChats(EducatorManagement educators) {
		this.educators = educators;
	}

	@ApplicationModuleListener
	void on(ChatBlocked event) {
		this.educators.markUnreachable(event.chatId());
	}

}
