package org.socialchange.platform.bot.privacy;

import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.identity.TelegramUserId;

/**
 * {@code /stop} pauses broadcasts and prompts (interactive replies go on);
 * {@code /resume} turns them back on.
 */
abstract class PauseCommands extends PrivacyCommand {

	private final String command;

	private final int order;

	private final BiConsumer<EducatorManagement, TelegramUserId> change;

	private final EducatorManagement educators;

	PauseCommands(String command, int order, BiConsumer<EducatorManagement, TelegramUserId> change,
			EducatorManagement educators, Replies replies) {
		super(replies);
		this.command = command;
		this.order = order;
		this.change = change;
		this.educators = educators;
	}

	@Override
	public String command() {
		return this.command;
	}

	@Override
	public int order() {
		return this.order;
	}

	@Override
	protected void handleKnown(Incoming incoming) {
		this.change.accept(this.educators, incoming.user());
		this.replies.send(incoming.chat(), this.replies.text(incoming, this.command + ".done"));
	}

	@Component
	static class Stop extends PauseCommands {

		Stop(EducatorManagement educators, Replies replies) {
			super("stop", 40, EducatorManagement::pause, educators, replies);
		}

	}

	@Component
	static class Resume extends PauseCommands {

		Resume(EducatorManagement educators, Replies replies) {
			super("resume", 50, EducatorManagement::resume, educators, replies);
		}

	}

}
