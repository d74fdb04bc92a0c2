package org.socialchange.platform.bot.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.EducatorManagement;

/**
 * {@code /delete}: asks for confirmation, then erases irreversibly; a confirmation older
 * than {@link DeleteConfirmation#VALID} erases nothing and asks to start over.
 */
@Component
class DeleteCommand extends PrivacyCommand implements ButtonHandler<DeleteConfirmation> {

	private final EducatorManagement educators;

	private final Clock clock;

	DeleteCommand(EducatorManagement educators, Replies replies, Clock clock) {
		super(replies);
		this.educators = educators;
		this.clock = clock;
	}

	@Override
	public String command() {
		return "delete";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	protected void handleKnown(Incoming incoming) {
		Instant now = this.clock.instant();
		this.replies.send(incoming.chat(), this.replies.text(incoming, "delete.confirm"), Keyboards.rows(
				List.of(Keyboards.button(this.replies.text(incoming, "delete.yes"), new DeleteConfirmation(true, now)),
						Keyboards.button(this.replies.text(incoming, "delete.no"), new DeleteConfirmation(false, now))),
				1));
	}

	@Override
	public ButtonType<DeleteConfirmation> type() {
		return DeleteConfirmation.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, DeleteConfirmation confirmation) {
		if (incoming.educator().isEmpty()) {
			return false;
		}
		this.replies.answer(query.getId(), null);
		boolean expired = confirmation.erase() && confirmation.expired(this.clock.instant());
		if (confirmation.erase() && !expired) {
			this.educators.erase(incoming.user());
		}
		String done = this.replies.text(incoming,
				expired ? "delete.expired" : confirmation.erase() ? "delete.done" : "delete.kept");
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), done, null);
		return true;
	}

}
