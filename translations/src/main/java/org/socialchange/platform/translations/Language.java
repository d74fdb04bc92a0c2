package org.socialchange.platform.translations;

import java.util.Arrays;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/**
 * A language the platform speaks, named in itself; English is the source and fallback.
 */
public enum Language {

	EN("en", "English"), RU("ru", "Русский"), HY("hy", "Հայերեն"), KA("ka", "ქართული"), AZ("az", "Azərbaycanca"),
	TG("tg", "Тоҷикӣ");

	private final String code;

	private final String nativeName;

	private final ULocale locale;

	Language(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
		this.locale = new ULocale(code);
	}

	public String code() {
		return this.code;
	}

	public String nativeName() {
		return this.nativeName;
	}

	public ULocale locale() {
		return this.locale;
	}

	public static Optional<Language> fromCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code.equals(code)).findFirst();
	}

}
