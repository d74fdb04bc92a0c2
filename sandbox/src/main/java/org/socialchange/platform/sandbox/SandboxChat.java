package org.socialchange.platform.sandbox;

import java.util.ArrayList;
import java.util.List;

/** The transcript of one private chat between a simulated user and the bot. */
class SandboxChat {

	public long chatId;

	public int nextMessageId = 1;

	public List<SandboxMessage> messages = new ArrayList<>();

	/** Changes whenever the transcript does, so the page knows when to redraw. */
	public long version;

	public List<Notice> notices = new ArrayList<>();

	public long typingUntil;

	SandboxMessage find(int messageId) {
		return this.messages.stream().filter((message) -> message.messageId == messageId).findFirst().orElse(null);
	}

	/** The answer to a button press, shown as a toast. */
	record Notice(long id, String text, boolean showAlert) {
	}

}
