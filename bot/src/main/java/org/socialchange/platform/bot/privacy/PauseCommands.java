package org.socialchange.platform.bot.privacy;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.EducatorManagement;

/**
 * {@code /stop} pauses broadcasts and prompts (interactive replies go on);
 * {@code /resume} turns them back on.
 */
final class PauseCommands {

	private PauseCommands() {
	}

	@Component
	static class Stop extends PrivacyCommand {

		private final EducatorManagement educators;

		Stop(EducatorManagement educators, Replies replies) {
			super(replies);
			this.educators = educators;
		}

		@Override
		public String command() {
			return "stop";
		}

		@Override
		public int order() {
			return 40;
		}

		@Override
		protected void handleKnown(Incoming incoming) {
			this.educators.pause(incoming.user());
			this.replies.send(incoming.chat(), this.replies.text(incoming, "stop.done"));
		}

	}

	@Component
	static class Resume extends PrivacyCommand {

		private final EducatorManagement educators;

		Resume(EducatorManagement educators, Replies replies) {
			super(replies);
			this.educators = educators;
		}

		@Override
		public String command() {
			return "resume";
		}

		@Override
		public int order() {
			return 50;
		}

		@Override
		protected void handleKnown(Incoming incoming) {
			this.educators.resume(incoming.user());
			this.replies.send(incoming.chat(), this.replies.text(incoming, "resume.done"));
		}

	}

}
