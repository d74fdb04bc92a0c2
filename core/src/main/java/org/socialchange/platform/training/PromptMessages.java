package org.socialchange.platform.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialchange.platform.delivery.MessageButton;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.stereotype.Component;

/**
 * Writes a prompt as a message in a language: the program's title and the prompt's place,
 * its text, what it asks; the options as buttons (the chosen ones marked), a button to
 * answer a reflection, and its link.
 */
@Component
class PromptMessages {

	static final String CHOSEN = "✅ ";

	private final Messages messages;

	PromptMessages(Messages messages) {
		this.messages = messages;
	}

	/** The prompt for an educator: with answer buttons when {@code sendId} is given. */
	PromptMessage render(Program program, Prompt prompt, Language language, Long sendId, Set<Integer> chosen) {
		StringBuilder text = new StringBuilder(heading(program, prompt, language)).append("\n\n")
			.append(NewDelivery.escape(prompt.text(language).text()));
		if (prompt.question() != Question.NONE && sendId != null) {
			text.append("\n\n<i>")
				.append(this.messages.format(language, "training.prompt.ask." + prompt.question().name().toLowerCase()))
				.append("</i>");
		}
		List<List<MessageButton>> buttons = new ArrayList<>();
		if (sendId != null && prompt.question().choice()) {
			List<String> options = prompt.text(language).options();
			for (int i = 0; i < options.size(); i++) {
				String label = (chosen.contains(i) ? CHOSEN : "") + options.get(i);
				buttons.add(List.of(MessageButton.callback(label, TrainingButtons.option(sendId, i))));
			}
		}
		if (sendId != null && prompt.question() == Question.REFLECTION) {
			buttons.add(List.of(MessageButton.callback(this.messages.format(language, "training.button.reflect"),
					TrainingButtons.reflect(sendId))));
		}
		prompt.linkUrl()
			.ifPresent((url) -> buttons
				.add(List.of(MessageButton.link(this.messages.format(language, "training.button.link"), url))));
		return new PromptMessage(text.toString(), prompt.photoUrl().orElse(null), buttons);
	}

	/** The prompt posted in a group's chat, for discussion: no answer buttons. */
	PromptMessage forGroup(Program program, Prompt prompt, Language language) {
		PromptMessage message = render(program, prompt, language, null, Set.of());
		return new PromptMessage(
				message.text() + "\n\n<i>" + this.messages.format(language, "training.prompt.discuss") + "</i>",
				message.photo(), message.buttons());
	}

	/** The reminder of an unanswered question: a line before the prompt. */
	PromptMessage reminder(Program program, Prompt prompt, Language language, long sendId, Set<Integer> chosen) {
		PromptMessage message = render(program, prompt, language, sendId, chosen);
		return new PromptMessage(this.messages.format(language, "training.reminder") + "\n\n" + message.text(),
				message.photo(), message.buttons());
	}

	String heading(Program program, Prompt prompt, Language language) {
		return this.messages.format(language, "training.prompt.heading",
				Map.of("program", NewDelivery.escape(program.title(language)), "position", prompt.position() + 1,
						"total", program.prompts().size()));
	}

}
