package org.socialchange.platform.training;

/** A program being written, sending prompts, or over. */
public enum ProgramStatus {

	DRAFT, ACTIVE, ARCHIVED

}
