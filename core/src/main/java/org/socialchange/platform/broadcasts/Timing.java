package org.socialchange.platform.broadcasts;

/**
 * When a broadcast goes out: now, at one moment, or at the same local clock time in each
 * recipient's own time zone.
 */
public enum Timing {

	NOW, AT, LOCAL

}
