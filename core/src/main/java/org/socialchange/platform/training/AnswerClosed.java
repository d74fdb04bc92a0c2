package org.socialchange.platform.training;

/**
 * An answer to a prompt that is not the educator's, no longer open (the next prompt came)
 * or not an answer to its question.
 */
public class AnswerClosed extends RuntimeException {

	public AnswerClosed(long sendId) {
		super("Prompt send " + sendId + " takes no answer");
	}

}
