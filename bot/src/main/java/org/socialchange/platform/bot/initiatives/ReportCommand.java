package org.socialchange.platform.bot.initiatives;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeNotFound;

import org.springframework.stereotype.Component;

/**
 * {@code /report [why]} sent as a reply to an update's message flags that update for
 * coordinators (the update is read from the message's own buttons); anywhere else it says
 * how to report.
 */
@Component
class ReportCommand implements CommandHandler {

	private final InitiativeManagement initiatives;

	private final Replies replies;

	ReportCommand(InitiativeManagement initiatives, Replies replies) {
		this.initiatives = initiatives;
		this.replies = replies;
	}

	@Override
	public String command() {
		return "report";
	}

	@Override
	public int order() {
		return 18;
	}

	@Override
	public boolean needsRegistration() {
		return true;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		Educator educator = incoming.educator().orElseThrow();
		Optional<Long> update = incoming.message()
			.map(Message::getReplyToMessage)
			.flatMap((replied) -> InitiativeViews.updateOf(replied.getReplyMarkup()));
		if (update.isEmpty()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.report.how"));
			return;
		}
		String reason = (argument != null && !argument.isBlank())
				? FreeText.of(argument.substring(0, Math.min(argument.length(), 2000)), 2000).value() : null;
		if (reason != null && reason.length() > InitiativeManagement.MAX_REPORT_REASON) {
			reason = reason.substring(0, InitiativeManagement.MAX_REPORT_REASON);
		}
		try {
			boolean reported = this.initiatives.report(educator, update.get(), reason);
			this.replies.send(incoming.chat(),
					this.replies.text(incoming, reported ? "initiatives.reported" : "initiatives.reportedAlready"));
		}
		catch (InitiativeNotFound ex) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.updateGone"));
		}
	}

}
