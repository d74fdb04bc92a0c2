package org.socialchange.platform.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.socialchange.platform.groups.DigestSchedule;

/**
 * The latest period of a digest schedule whose hour has come: its key (the local date, or
 * the ISO week), when it was due and when the one before it was.
 */
record DigestPeriod(String key, Instant due, Instant previousDue) {

	/** The latest period due at or before this instant, in the schedule's time zone. */
	static DigestPeriod latest(DigestSchedule schedule, Instant now) {
		ZonedDateTime local = now.atZone(schedule.zone());
		if (schedule.frequency() == DigestSchedule.Frequency.WEEKLY) {
			LocalDate day = local.toLocalDate().with(TemporalAdjusters.previousOrSame(schedule.day()));
			ZonedDateTime due = day.atTime(schedule.hour(), 0).atZone(schedule.zone());
			if (due.isAfter(local)) {
				due = due.minusWeeks(1);
			}
			String key = due.get(IsoFields.WEEK_BASED_YEAR) + "-W"
					+ String.format("%02d", due.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			return new DigestPeriod(key, due.toInstant(), due.minusWeeks(1).toInstant());
		}
		ZonedDateTime due = local.toLocalDate().atTime(schedule.hour(), 0).atZone(schedule.zone());
		if (due.isAfter(local)) {
			due = due.minusDays(1);
		}
		return new DigestPeriod(due.toLocalDate().toString(), due.toInstant(), due.minusDays(1).toInstant());
	}

}
