package org.socialchange.platform.educators;

/**
 * Something names educators outside the caller's {@link EducatorScope}; callers answer as
 * if it did not exist.
 */
public class OutOfScope extends RuntimeException {

	public OutOfScope(String message) {
		super(message);
	}

}
