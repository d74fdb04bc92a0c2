package org.socialchange.platform.groups;

import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * When a group's digest goes out, in the group's own time zone: every day or once a week
 * at a day and hour, or never.
 */
public record DigestSchedule(Frequency frequency, DayOfWeek day, int hour, ZoneId zone) {

	/** How often. */
	public enum Frequency {

		OFF, DAILY, WEEKLY

	}

	public DigestSchedule {
		if (frequency == null || day == null || zone == null) {
			throw new IllegalArgumentException("A digest schedule has a frequency, a day and a time zone");
		}
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException("A digest goes out at an hour from 0 to 23");
		}
	}

	public boolean off() {
		return this.frequency == Frequency.OFF;
	}

}
