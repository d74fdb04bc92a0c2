package org.socialchange.platform.training;

/** A program's title and description in one language. */
public record ProgramText(String title, String description) {

	public static final int MAX_TITLE = 120;

	public static final int MAX_DESCRIPTION = 1000;

}
