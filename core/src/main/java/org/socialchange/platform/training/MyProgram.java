package org.socialchange.platform.training;

import java.time.Instant;
import java.util.Optional;

/**
 * A program an educator is enrolled in, as {@code /training} shows it: its title in their
 * language, how many prompts they received of how many, whether they paused it or it is
 * over, and when the next prompt is due.
 */
public record MyProgram(long programId, String title, String description, int received, int total, boolean paused,
		boolean finished, Optional<Instant> nextDueAt, boolean selfEnrolled) {

}
