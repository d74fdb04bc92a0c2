package org.socialchange.platform.training;

/**
 * A coordinator changed a program: created, edited, a prompt added, edited, moved or
 * deleted, its audiences set, started or archived.
 */
public record ProgramChanged(long programId, String by, String action, String detail) {

}
