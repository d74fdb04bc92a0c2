package org.socialchange.platform.training;

/** An open program an educator may join in the bot, in their language. */
public record OpenProgram(long programId, String title, String description, int prompts) {

}
