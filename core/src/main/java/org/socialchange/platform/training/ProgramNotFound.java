package org.socialchange.platform.training;

/** No such program, or not one the caller may see (answered as 404). */
public class ProgramNotFound extends RuntimeException {

	public ProgramNotFound(long id) {
		super("No training program " + id);
	}

}
