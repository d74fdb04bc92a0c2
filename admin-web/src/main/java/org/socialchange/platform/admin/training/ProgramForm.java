package org.socialchange.platform.admin.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.training.Program;
import org.socialchange.platform.training.ProgramDraft;
import org.socialchange.platform.training.ProgramSchedule;
import org.socialchange.platform.training.ProgramText;
import org.socialchange.platform.translations.Language;

/**
 * The program editor as submitted: title and description per language code, the country
 * ({@value #INTERNATIONAL} for none) and network ({@value #ALL_NETWORKS} for every one),
 * the schedule (every N days or on weekdays, at a local time, from a date, late until the
 * day ends or by N hours) and its two options; checked into error keys and turned into a
 * draft.
 */
public class ProgramForm {

	static final String INTERNATIONAL = "INTERNATIONAL";

	static final String ALL_NETWORKS = "ALL";

	static final String EVERY_DAYS = "DAYS";

	static final String ON_WEEKDAYS = "WEEKDAYS";

	static final String SAME_DAY = "DAY";

	static final String HOURS = "HOURS";

	private Map<String, String> titles = new HashMap<>();

	private Map<String, String> descriptions = new HashMap<>();

	private String country = INTERNATIONAL;

	private String network = ALL_NETWORKS;

	private String repeat = ON_WEEKDAYS;

	private String everyDays = "7";

	private List<String> weekdays = new ArrayList<>();

	private String at = "10:00";

	private String startsOn = "";

	private String late = SAME_DAY;

	private String lateHours = "";

	private boolean open;

	private boolean postToGroups;

	static ProgramForm of(Program program) {
		ProgramForm form = new ProgramForm();
		program.texts().forEach((language, text) -> {
			form.titles.put(language.code(), text.title());
			form.descriptions.put(language.code(), (text.description() != null) ? text.description() : "");
		});
		form.country = program.country().map(Enum::name).orElse(INTERNATIONAL);
		form.network = program.network().map(Enum::name).orElse(ALL_NETWORKS);
		ProgramSchedule schedule = program.schedule();
		form.repeat = (schedule.everyDays() != null) ? EVERY_DAYS : ON_WEEKDAYS;
		form.everyDays = (schedule.everyDays() != null) ? schedule.everyDays().toString() : "";
		form.weekdays = schedule.weekdays().stream().sorted().map(Enum::name).toList();
		form.at = schedule.at().toString();
		form.startsOn = schedule.startsOn().toString();
		form.late = (schedule.lateMinutes() != null) ? HOURS : SAME_DAY;
		form.lateHours = (schedule.lateMinutes() != null) ? Integer.toString(schedule.lateMinutes() / 60) : "";
		form.open = program.open();
		form.postToGroups = program.postToGroups();
		return form;
	}

	/** The message keys of what is wrong; empty when the form makes a draft. */
	List<String> errors() {
		List<String> errors = new ArrayList<>();
		boolean titled = false;
		for (Language language : Language.values()) {
			titled |= !title(language).isEmpty();
			if (title(language).length() > ProgramText.MAX_TITLE) {
				errors.add("training.error.title");
			}
			if (description(language).length() > ProgramText.MAX_DESCRIPTION) {
				errors.add("training.error.description");
			}
			if (title(language).isEmpty() && !description(language).isEmpty()) {
				errors.add("training.error.descriptionWithoutTitle");
			}
		}
		if (!titled) {
			errors.add("training.error.title");
		}
		if (!INTERNATIONAL.equals(this.country)
				&& (parse(Country.class, this.country) == null || Country.OTHER.name().equals(this.country))) {
			errors.add("training.error.country");
		}
		if (!ALL_NETWORKS.equals(this.network) && parse(Network.class, this.network) == null) {
			errors.add("training.error.network");
		}
		if (EVERY_DAYS.equals(this.repeat)) {
			Integer days = number(this.everyDays);
			if (days == null || days < 1 || days > 365) {
				errors.add("training.error.everyDays");
			}
		}
		else if (!ON_WEEKDAYS.equals(this.repeat) || weekdaySet() == null || weekdaySet().isEmpty()) {
			errors.add("training.error.weekdays");
		}
		if (time() == null) {
			errors.add("training.error.at");
		}
		if (date() == null) {
			errors.add("training.error.startsOn");
		}
		if (HOURS.equals(this.late)) {
			Integer hours = number(this.lateHours);
			if (hours == null || hours < 0 || hours > 7 * 24) {
				errors.add("training.error.late");
			}
		}
		else if (!SAME_DAY.equals(this.late)) {
			errors.add("training.error.late");
		}
		return errors.stream().distinct().toList();
	}

	/** The draft of a form without {@link #errors()}. */
	ProgramDraft draft() {
		Map<Language, ProgramText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			if (!title(language).isEmpty()) {
				texts.put(language, new ProgramText(title(language), description(language)));
			}
		}
		Integer lateMinutes = HOURS.equals(this.late) ? number(this.lateHours) * 60 : null;
		ProgramSchedule schedule = EVERY_DAYS.equals(this.repeat)
				? ProgramSchedule.everyDays(number(this.everyDays), time(), date(), lateMinutes)
				: ProgramSchedule.onWeekdays(weekdaySet(), time(), date(), lateMinutes);
		return new ProgramDraft(texts, schedule,
				INTERNATIONAL.equals(this.country) ? null : Country.valueOf(this.country),
				ALL_NETWORKS.equals(this.network) ? null : Network.valueOf(this.network), this.open, this.postToGroups);
	}

	String title(Language language) {
		String title = this.titles.get(language.code());
		return (title != null) ? title.strip() : "";
	}

	String description(Language language) {
		String description = this.descriptions.get(language.code());
		return (description != null) ? description.strip() : "";
	}

	private Set<DayOfWeek> weekdaySet() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : this.weekdays) {
			DayOfWeek parsed = parse(DayOfWeek.class, day);
			if (parsed == null) {
				return null;
			}
			days.add(parsed);
		}
		return days;
	}

	private LocalTime time() {
		try {
			return LocalTime.parse(this.at.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private LocalDate date() {
		try {
			return LocalDate.parse(this.startsOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Integer number(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value != null) ? Enum.valueOf(type, value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	public Map<String, String> getTitles() {
		return this.titles;
	}

	public void setTitles(Map<String, String> titles) {
		this.titles = (titles != null) ? titles : new HashMap<>();
	}

	public Map<String, String> getDescriptions() {
		return this.descriptions;
	}

	public void setDescriptions(Map<String, String> descriptions) {
		this.descriptions = (descriptions != null) ? descriptions : new HashMap<>();
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = text(country);
	}

	public String getNetwork() {
		return this.network;
	}

	public void setNetwork(String network) {
		this.network = text(network);
	}

	public String getRepeat() {
		return this.repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = text(repeat);
	}

	public String getEveryDays() {
		return this.everyDays;
	}

	public void setEveryDays(String everyDays) {
		this.everyDays = text(everyDays);
	}

	public List<String> getWeekdays() {
		return this.weekdays;
	}

	public void setWeekdays(List<String> weekdays) {
		this.weekdays = (weekdays != null) ? weekdays : new ArrayList<>();
	}

	public String getAt() {
		return this.at;
	}

	public void setAt(String at) {
		this.at = text(at);
	}

	public String getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = text(startsOn);
	}

	public String getLate() {
		return this.late;
	}

	public void setLate(String late) {
		this.late = text(late);
	}

	public String getLateHours() {
		return this.lateHours;
	}

	public void setLateHours(String lateHours) {
		this.lateHours = text(lateHours);
	}

	public boolean isOpen() {
		return this.open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public boolean isPostToGroups() {
		return this.postToGroups;
	}

	public void setPostToGroups(boolean postToGroups) {
		this.postToGroups = postToGroups;
	}

}
