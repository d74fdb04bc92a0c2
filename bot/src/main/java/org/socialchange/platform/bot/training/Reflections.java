package org.socialchange.platform.bot.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.training.TrainingButton.Action;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.training.AnswerClosed;
import org.socialchange.platform.training.ReflectionSaved;
import org.socialchange.platform.training.Sharing;
import org.socialchange.platform.training.TrainingManagement;

import org.springframework.stereotype.Component;

/**
 * Takes a reflection however it came (the reflection flow, a reply to the prompt, the
 * next free text) and confirms it with the choice of how coordinators may see it; also
 * tells why a text could not be taken.
 */
@Component
class Reflections {

	static final String CHOSEN = "✅ ";

	private final TrainingManagement training;

	private final Replies replies;

	Reflections(TrainingManagement training, Replies replies) {
		this.training = training;
		this.replies = replies;
	}

	/**
	 * Saves the text as the reflection and confirms it, with a note when another
	 * conversation goes on; false (and the user told why) when it was not taken.
	 */
	boolean take(Incoming incoming, Educator educator, long sendId, String text, boolean otherGoesOn) {
		ReflectionSaved saved;
		try {
			saved = this.training.reflect(educator, sendId, text);
		}
		catch (AnswerClosed ex) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "training.closed"));
			return false;
		}
		catch (FreeText.InvalidText ex) {
			tell(incoming, ex, text);
			return false;
		}
		String html = confirmation(incoming, saved);
		if (otherGoesOn) {
			html += "\n\n" + this.replies.text(incoming, "training.reflection.otherGoesOn");
		}
		this.replies.send(incoming.chat(), html, sharing(incoming, saved));
		return true;
	}

	/** Whether the send still takes a reflection from the educator. */
	boolean open(Educator educator, long sendId) {
		return this.training.takesReflection(educator, sendId);
	}

	/** Why a text is no reflection: empty, or too long. */
	void tell(Incoming incoming, FreeText.InvalidText ex, String text) {
		if (ex.reason() == FreeText.InvalidText.Reason.EMPTY) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "training.reflection.empty"));
			return;
		}
		this.replies.send(incoming.chat(), this.replies.text(incoming, "training.reflection.tooLong",
				Map.of("length", text.codePointCount(0, text.length()), "max", ex.maxLength())));
	}

	/** A sharing button pressed: stores the choice and marks it in the confirmation. */
	void share(Incoming incoming, Educator educator, CallbackQuery query, long sendId, Sharing sharing) {
		ReflectionSaved saved;
		try {
			saved = this.training.share(educator, sendId, sharing);
		}
		catch (AnswerClosed ex) {
			this.replies.answer(query.getId(), this.replies.text(incoming, "training.closed"));
			return;
		}
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), confirmation(incoming, saved),
				sharing(incoming, saved));
	}

	private String confirmation(Incoming incoming, ReflectionSaved saved) {
		Map<String, Object> arguments = Map.of("program", Html.escape(saved.programTitle()), "position",
				saved.position());
		return this.replies.text(incoming,
				saved.changed() ? "training.reflection.replaced" : "training.reflection.saved", arguments) + "\n"
				+ this.replies.text(incoming, "training.sharing." + saved.sharing().name().toLowerCase());
	}

	private InlineKeyboardMarkup sharing(Incoming incoming, ReflectionSaved saved) {
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		for (Sharing sharing : Sharing.values()) {
			String label = this.replies.text(incoming, "training.button.share." + sharing.name().toLowerCase());
			buttons.add(Keyboards.button((sharing == saved.sharing()) ? CHOSEN + label : label,
					TrainingButton.on(Action.share(sharing), saved.sendId())));
		}
		return Keyboards.rows(buttons, 1);
	}

}
