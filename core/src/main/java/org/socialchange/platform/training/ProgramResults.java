package org.socialchange.platform.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a program's coordinators learn from it: per prompt, how many received it and
 * answered, the answers per option and the reflections shared with them; completion per
 * peer group and per country.
 */
public record ProgramResults(Program program, int enrolled, List<PromptResult> prompts, List<Completion> byGroup,
		List<Completion> byCountry) {

	/** One prompt's answers; option labels and text in the viewer's language. */
	public record PromptResult(Prompt prompt, String text, int received, int answered, List<OptionCount> options,
			List<SharedReflection> reflections) {

	}

	public record OptionCount(String label, int count) {

	}

	/** A reflection as its author shares it: with their name, or without. */
	public record SharedReflection(String text, Optional<String> author, Instant at) {

	}

	/**
	 * Completion of one group or country: educators enrolled, those who received every
	 * prompt, and answers given to the questions they received.
	 */
	public record Completion(String name, int enrolled, int completed, int answers, int questions) {

		/** Share of enrolled educators who received every prompt, in percent. */
		public int percent() {
			return (this.enrolled == 0) ? 0 : Math.round(100f * this.completed / this.enrolled);
		}

		/** Share of received questions answered, in percent. */
		public int answeredPercent() {
			return (this.questions == 0) ? 0 : Math.round(100f * this.answers / this.questions);
		}

	}

}
