package org.socialchange.platform.training;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Occurrences are local dates; the clock time is each zone's own. */
class ProgramScheduleTests {

	static final LocalTime TEN = LocalTime.of(10, 0);

	@Test
	void everyNDaysCountsFromTheStartDate() {
		ProgramSchedule schedule = ProgramSchedule.everyDays(3, TEN, LocalDate.of(2027, 1, 4), null);
		assertThat(schedule.occurrenceOnOrAfter(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(schedule.occurrenceOnOrAfter(LocalDate.of(2027, 1, 5))).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThat(schedule.occurrenceAfter(LocalDate.of(2027, 1, 7))).isEqualTo(LocalDate.of(2027, 1, 10));
		assertThat(schedule.occursOn(LocalDate.of(2027, 1, 10))).isTrue();
		assertThat(schedule.occursOn(LocalDate.of(2027, 1, 11))).isFalse();
	}

	@Test
	void weekdaysAreTheChosenDaysFromTheStartDate() {
		ProgramSchedule schedule = ProgramSchedule.onWeekdays(Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), TEN,
				LocalDate.of(2027, 1, 6), null);
		// 2027-01-06 is a Wednesday
		assertThat(schedule.occurrenceOnOrAfter(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 8));
		assertThat(schedule.occurrenceAfter(LocalDate.of(2027, 1, 8))).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgramSchedule(2, Set.of(DayOfWeek.MONDAY), TEN, LocalDate.of(2027, 1, 1), null));
	}

	@Test
	void tenOClockIsTenInEveryZoneAcrossDstAndTheDateLine() {
		ProgramSchedule schedule = ProgramSchedule.everyDays(1, TEN, LocalDate.of(2027, 3, 27), null);
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		// the clocks in Berlin go forward on 2027-03-28
		assertThat(schedule.dueAt(LocalDate.of(2027, 3, 27), berlin)).isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
		assertThat(schedule.dueAt(LocalDate.of(2027, 3, 28), berlin)).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
		// in Vladivostok (UTC+10) Saturday's 10:00 is still Friday in UTC
		assertThat(schedule.dueAt(LocalDate.of(2027, 3, 27), ZoneId.of("Asia/Vladivostok")))
			.isEqualTo(Instant.parse("2027-03-27T00:00:00Z"));
		assertThat(schedule.dueAt(LocalDate.of(2027, 3, 27), ZoneId.of("Pacific/Kiritimati")))
			.isEqualTo(Instant.parse("2027-03-26T20:00:00Z"));
	}

	@Test
	void aTimeInTheDstGapGoesAtTheFirstInstantAfterIt() {
		ProgramSchedule schedule = ProgramSchedule.everyDays(1, LocalTime.of(2, 30), LocalDate.of(2027, 3, 28), null);
		assertThat(schedule.dueAt(LocalDate.of(2027, 3, 28), ZoneId.of("Europe/Berlin")))
			.isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
	}

	@Test
	void theWindowIsTheSameLocalDayOrTheMinutesAllowed() {
		ZoneId yerevan = ZoneId.of("Asia/Yerevan");
		ProgramSchedule sameDay = ProgramSchedule.everyDays(1, TEN, LocalDate.of(2027, 1, 4), null);
		assertThat(sameDay.deadline(LocalDate.of(2027, 1, 4), yerevan))
			.isEqualTo(Instant.parse("2027-01-04T20:00:00Z"));
		// at 23:59 in Yerevan today's prompt may still go; a minute later, tomorrow's is
		// next
		assertThat(sameDay.current(Instant.parse("2027-01-04T19:59:00Z"), yerevan)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(sameDay.current(Instant.parse("2027-01-04T20:00:00Z"), yerevan)).isEqualTo(LocalDate.of(2027, 1, 5));
		ProgramSchedule halfAnHour = ProgramSchedule.everyDays(2, TEN, LocalDate.of(2027, 1, 4), 30);
		assertThat(halfAnHour.current(Instant.parse("2027-01-04T06:29:00Z"), yerevan))
			.isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(halfAnHour.current(Instant.parse("2027-01-04T06:30:00Z"), yerevan))
			.isEqualTo(LocalDate.of(2027, 1, 6));
	}

}
