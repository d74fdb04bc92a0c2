package org.socialchange.platform.bot.training;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.training.TrainingButton.Action;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.training.MyProgram;
import org.socialchange.platform.training.OpenProgram;
import org.socialchange.platform.training.TrainingManagement;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.stereotype.Component;

/**
 * What {@code /training} shows: the educator's programs with their progress and buttons
 * (pause or resume, the next prompt now), and the open programs to join; dates in the
 * educator's own time zone.
 */
@Component
class TrainingViews {

	/** The most programs one message lists (newest first). */
	static final int MAX_LISTED = 10;

	/** How much of a title a button label shows. */
	static final int LABEL_TITLE = 22;

	static final int MAX_DESCRIPTION = 200;

	private final TrainingManagement training;

	private final Messages messages;

	TrainingViews(TrainingManagement training, Messages messages) {
		this.training = training;
		this.messages = messages;
	}

	/** A message: HTML and its keyboard. */
	record Screen(String html, InlineKeyboardMarkup keyboard) {
	}

	Screen programs(Educator educator) {
		Language language = educator.language();
		List<MyProgram> mine = this.training.programs(educator);
		StringBuilder html = new StringBuilder(text(educator, "training.list.title", Map.of()));
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		if (mine.isEmpty()) {
			html.append("\n\n").append(text(educator, "training.list.none", Map.of()));
		}
		for (MyProgram program : mine.stream().limit(MAX_LISTED).toList()) {
			html.append("\n\n<b>")
				.append(Html.escape(program.title()))
				.append("</b>\n")
				.append(text(educator, "training.list.progress",
						Map.of("received", program.received(), "total", program.total())));
			// button labels are plain text, not HTML
			Map<String, Object> title = Map.of("title", shorten(program.title(), LABEL_TITLE));
			if (program.finished()) {
				html.append("\n").append(text(educator, "training.list.finished", Map.of()));
				continue;
			}
			if (program.paused()) {
				html.append("\n").append(text(educator, "training.list.paused", Map.of()));
				buttons.add(Keyboards.button(text(educator, "training.button.resume", title),
						TrainingButton.on(Action.RESUME, program.programId())));
			}
			else {
				html.append("\n")
					.append(program.nextDueAt()
						.map((due) -> text(educator, "training.list.next", Map.of("due", due)))
						.orElseGet(() -> text(educator, "training.list.nextSoon", Map.of())));
				buttons.add(Keyboards.button(text(educator, "training.button.pause", title),
						TrainingButton.on(Action.PAUSE, program.programId())));
			}
			buttons.add(Keyboards.button(text(educator, "training.button.next", title),
					TrainingButton.on(Action.NEXT, program.programId())));
		}
		if (educator.paused()) {
			html.append("\n\n").append(text(educator, "training.list.stopped", Map.of()));
		}
		if (!this.training.openPrograms(educator).isEmpty()) {
			buttons.add(Keyboards.button(text(educator, "training.button.join", Map.of()),
					TrainingButton.on(Action.OPEN, 0)));
		}
		return new Screen(html.toString(), buttons.isEmpty() ? null : Keyboards.rows(buttons, 1));
	}

	Screen open(Educator educator) {
		List<OpenProgram> open = this.training.openPrograms(educator);
		StringBuilder html = new StringBuilder(text(educator, "training.join.title", Map.of()));
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		if (open.isEmpty()) {
			html.append("\n\n").append(text(educator, "training.join.none", Map.of()));
		}
		for (OpenProgram program : open.stream().limit(MAX_LISTED).toList()) {
			html.append("\n\n<b>")
				.append(Html.escape(program.title()))
				.append("</b> · ")
				.append(text(educator, "training.join.prompts", Map.of("count", program.prompts())));
			if (!program.description().isBlank()) {
				html.append("\n").append(Html.escape(shorten(program.description(), MAX_DESCRIPTION)));
			}
			buttons.add(Keyboards.button(
					text(educator, "training.button.joinOne", Map.of("title", shorten(program.title(), LABEL_TITLE))),
					TrainingButton.on(Action.JOIN, program.programId())));
		}
		buttons
			.add(Keyboards.button(text(educator, "training.button.back", Map.of()), TrainingButton.on(Action.LIST, 0)));
		return new Screen(html.toString(), Keyboards.rows(buttons, 1));
	}

	String text(Educator educator, String key, Map<String, ?> arguments) {
		return this.messages.format(educator.language(), key, arguments, zone(educator));
	}

	/** The educator's own zone, else their country's, else UTC (as prompts are sent). */
	static ZoneId zone(Educator educator) {
		return educator.timeZone()
			.or(() -> educator.country().flatMap((country) -> country.zone()))
			.orElse(ZoneOffset.UTC);
	}

	static String shorten(String text, int max) {
		String stripped = text.strip();
		if (stripped.codePointCount(0, stripped.length()) <= max) {
			return stripped;
		}
		return stripped.substring(0, stripped.offsetByCodePoints(0, max - 1)).strip() + "…";
	}

}
