package org.socialchange.platform.admin.broadcasts;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socialchange.platform.broadcasts.BroadcastDraft;
import org.socialchange.platform.broadcasts.Timing;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.translations.Language;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The broadcast form as submitted: a text per language, the fallback language, an
 * optional link button, the audience, when and until when; checked into error keys and
 * turned into a draft.
 */
record BroadcastForm(String textEn, String textRu, String textHy, String textKa, String textAz, String textTg,
		String fallback, String linkText, String linkUrl, Set<String> countries, Set<String> languages,
		Set<String> networks, String timing, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
		String zone, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime expiresAt, String testLanguage,
		Set<Long> groups, Boolean postToGroupChats) {

	static final List<String> ZONES = List.of("UTC", "Asia/Yerevan", "Asia/Baku", "Asia/Tbilisi", "Asia/Dushanbe",
			"Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok");

	static final int MAX_LINK_TEXT = 64;

	static BroadcastForm empty() {
		return new BroadcastForm("", "", "", "", "", "", "ru", "", "", Set.of(), Set.of(), Set.of(), "NOW", null, "UTC",
				null, "ru", Set.of(), false);
	}

	Map<Language, String> texts() {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.EN, clean(this.textEn));
		texts.put(Language.RU, clean(this.textRu));
		texts.put(Language.HY, clean(this.textHy));
		texts.put(Language.KA, clean(this.textKa));
		texts.put(Language.AZ, clean(this.textAz));
		texts.put(Language.TG, clean(this.textTg));
		return texts;
	}

	/** The message keys of what is wrong with the form; empty when it can be sent. */
	List<String> errors() {
		List<String> errors = new ArrayList<>();
		Language fallback = fallbackLanguage();
		if (fallback == null || texts().get(fallback).isEmpty()) {
			errors.add("broadcasts.error.fallbackText");
		}
		if (texts().values().stream().anyMatch((text) -> text.length() > BroadcastDraft.MAX_TEXT)) {
			errors.add("broadcasts.error.tooLong");
		}
		boolean linkText = !clean(this.linkText).isEmpty();
		boolean linkUrl = !clean(this.linkUrl).isEmpty();
		if (linkText != linkUrl || (linkUrl && !clean(this.linkUrl).matches("https?://\\S+"))
				|| clean(this.linkText).length() > MAX_LINK_TEXT) {
			errors.add("broadcasts.error.link");
		}
		Timing timing = timingValue();
		if (timing == null || (timing != Timing.NOW && this.at == null)) {
			errors.add("broadcasts.error.when");
		}
		if (!ZONES.contains(this.zone)) {
			errors.add("broadcasts.error.zone");
		}
		return errors;
	}

	/** The message keys of what is wrong with the form for a test message. */
	List<String> testErrors() {
		List<String> errors = errors();
		if (testLanguageValue() == null) {
			errors.add("broadcasts.error.test");
		}
		return errors;
	}

	Language testLanguageValue() {
		return (this.testLanguage != null) ? Language.fromCode(this.testLanguage).orElse(null) : null;
	}

	BroadcastDraft draft() {
		return new BroadcastDraft(texts(), fallbackLanguage(), clean(this.linkText), clean(this.linkUrl), filter(),
				timingValue(), this.at, ZoneId.of(this.zone), this.expiresAt,
				(this.groups != null) ? this.groups : Set.of(), Boolean.TRUE.equals(this.postToGroupChats));
	}

	Filter filter() {
		return new Filter(parse(this.countries, Country::valueOf), parse(this.languages, this::language),
				parse(this.networks, Network::valueOf));
	}

	private Language language(String code) {
		return Language.fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown language " + code));
	}

	private Language fallbackLanguage() {
		return (this.fallback != null) ? Language.fromCode(this.fallback).orElse(null) : null;
	}

	private Timing timingValue() {
		try {
			return Timing.valueOf((this.timing != null) ? this.timing.toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <T> Set<T> parse(Set<String> values, Function<String, T> parser) {
		if (values == null) {
			return Set.of();
		}
		try {
			return values.stream().filter((value) -> !value.isBlank()).map(parser).collect(Collectors.toSet());
		}
		catch (IllegalArgumentException ex) {
			throw new BadAudience(ex.getMessage());
		}
	}

	private static String clean(String text) {
		return (text != null) ? text.strip() : "";
	}

	boolean groupChecked(long id) {
		return this.groups != null && this.groups.contains(id);
	}

	boolean checked(String group, String value) {
		Set<String> values = switch (group) {
			case "countries" -> this.countries;
			case "languages" -> this.languages;
			default -> this.networks;
		};
		return values != null && values.contains(value);
	}

	/** An audience filter names a country, language or network that does not exist. */
	static class BadAudience extends IllegalArgumentException {

		BadAudience(String message) {
			super(message);
		}

	}

}
