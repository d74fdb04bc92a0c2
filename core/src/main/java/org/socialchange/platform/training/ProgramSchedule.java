package org.socialchange.platform.training;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a program's prompts go out: every {@code everyDays} days from the start date, or
 * on the chosen weekdays from it, at a local clock time that each educator gets in their
 * own time zone; and how late a prompt may still go (the same local day when
 * {@code lateMinutes} is {@code null}). Occurrences are local dates, so DST changes and
 * the date line move the instant, never the clock time.
 *
 * @param everyDays every N days ({@code null} when on weekdays)
 * @param weekdays the weekdays (empty when every N days)
 * @param at the local clock time
 * @param startsOn the first date
 * @param lateMinutes how late a prompt may go out after its time; {@code null}: until the
 * end of that local day
 */
public record ProgramSchedule(Integer everyDays, Set<DayOfWeek> weekdays, LocalTime at, LocalDate startsOn,
		Integer lateMinutes) {

	public ProgramSchedule {
		weekdays = (weekdays == null || weekdays.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
		if ((everyDays == null) == weekdays.isEmpty()) {
			throw new IllegalArgumentException("A schedule is either every N days or on weekdays");
		}
		if (everyDays != null && (everyDays < 1 || everyDays > 365)) {
			throw new IllegalArgumentException("Every 1 to 365 days");
		}
		if (lateMinutes != null && (lateMinutes < 0 || lateMinutes > 7 * 24 * 60)) {
			throw new IllegalArgumentException("Late by up to a week");
		}
		if (at == null || startsOn == null) {
			throw new IllegalArgumentException("A schedule has a time and a start date");
		}
		at = at.truncatedTo(ChronoUnit.MINUTES);
	}

	public static ProgramSchedule everyDays(int days, LocalTime at, LocalDate startsOn, Integer lateMinutes) {
		return new ProgramSchedule(days, Set.of(), at, startsOn, lateMinutes);
	}

	public static ProgramSchedule onWeekdays(Set<DayOfWeek> weekdays, LocalTime at, LocalDate startsOn,
			Integer lateMinutes) {
		return new ProgramSchedule(null, weekdays, at, startsOn, lateMinutes);
	}

	/** Whether prompts go on this local date. */
	public boolean occursOn(LocalDate date) {
		if (date.isBefore(this.startsOn)) {
			return false;
		}
		if (this.everyDays != null) {
			return ChronoUnit.DAYS.between(this.startsOn, date) % this.everyDays == 0;
		}
		return this.weekdays.contains(date.getDayOfWeek());
	}

	/** The first date prompts go on, this one or later. */
	public LocalDate occurrenceOnOrAfter(LocalDate date) {
		LocalDate from = date.isBefore(this.startsOn) ? this.startsOn : date;
		if (this.everyDays != null) {
			long days = ChronoUnit.DAYS.between(this.startsOn, from);
			long rest = days % this.everyDays;
			return (rest == 0) ? from : from.plusDays(this.everyDays - rest);
		}
		LocalDate candidate = from;
		while (!this.weekdays.contains(candidate.getDayOfWeek())) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/** The occurrence after this one. */
	public LocalDate occurrenceAfter(LocalDate date) {
		return occurrenceOnOrAfter(date.plusDays(1));
	}

	/**
	 * The instant of the clock time on the date in the zone; in a DST gap, the first
	 * instant after it.
	 */
	public Instant dueAt(LocalDate date, ZoneId zone) {
		return date.atTime(this.at).atZone(zone).toInstant();
	}

	/** Until when a prompt of the date may still go out. */
	public Instant deadline(LocalDate date, ZoneId zone) {
		if (this.lateMinutes == null) {
			return date.plusDays(1).atStartOfDay(zone).toInstant();
		}
		return dueAt(date, zone).plus(Duration.ofMinutes(Math.max(1, this.lateMinutes)));
	}

	/** The earliest occurrence whose window has not closed at this instant. */
	public LocalDate current(Instant now, ZoneId zone) {
		long lateDays = (this.lateMinutes == null) ? 1 : this.lateMinutes / (24 * 60) + 2;
		LocalDate date = occurrenceOnOrAfter(now.atZone(zone).toLocalDate().minusDays(lateDays));
		while (!now.isBefore(deadline(date, zone))) {
			date = occurrenceAfter(date);
		}
		return date;
	}

}
