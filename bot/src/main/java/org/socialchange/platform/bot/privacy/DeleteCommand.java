package org.socialchange.platform.bot.privacy;

import java.util.List;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.EducatorManagement;

/** {@code /delete}: asks for confirmation, then erases irreversibly. */
@Component
class DeleteCommand extends PrivacyCommand implements ButtonHandler<DeleteConfirmation> {

	private final EducatorManagement educators;

	DeleteCommand(EducatorManagement educators, Replies replies) {
		super(replies);
		this.educators = educators;
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
		this.replies
			.send(incoming.chat(), this.replies.text(incoming, "delete.confirm"), Keyboards.rows(
					List.of(Keyboards.button(this.replies.text(incoming, "delete.yes"), new DeleteConfirmation(true)),
							Keyboards.button(this.replies.text(incoming, "delete.no"), new DeleteConfirmation(false))),
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
		if (confirmation.erase()) {
			this.educators.erase(incoming.user());
		}
		String done = this.replies.text(incoming, confirmation.erase() ? "delete.done" : "delete.kept");
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), done, null);
		return true;
	}

}
