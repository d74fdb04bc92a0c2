package org.socialchange.platform.bot.registration;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.identity.TelegramUserId;

/**
 * One question of the profile, declared once: its prompt, when it is asked, whether it is
 * answered, its buttons, how a typed or pressed answer is read and stored, and for a
 * multiple choice how a press toggles.
 *
 * @param question which question
 * @param prompt the catalogue key of its text
 * @param applies whether the educator is asked it at all (a zone only where a country has
 * several)
 * @param answered whether the educator's profile holds its answer already
 * @param options its buttons for the educator
 * @param perRow buttons per row
 * @param text how a typed answer is stored, when it takes one
 * @param choose how a pressed value is stored; empty when the value is not an answer
 * @param toggle for a multiple choice: how a pressed value toggles; {@code done} chooses
 */
record Step(Question question, String prompt, Predicate<Educator> applies, Predicate<Educator> answered,
		BiFunction<Incoming, Educator, List<Option>> options, int perRow, Optional<TextAnswer> text, Choice choose,
		Optional<Choice> toggle) {

	/** A button: the value it stores and its label. */
	record Option(String value, String label) {
	}

	/** A typed answer of at most {@code max} characters and where it is stored. */
	record TextAnswer(int max, BiFunction<TelegramUserId, FreeText, Educator> store) {
	}

	/** Stores a pressed value; empty when the value is not an answer to this question. */
	@FunctionalInterface
	interface Choice {

		Optional<Educator> choose(Incoming incoming, Educator educator, String value);

	}

}
