package org.socialchange.platform.translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message catalogues of all languages: flat maps of key to ICU MessageFormat pattern,
 * read from {@code messages/<code>.json} on the class path.
 */
public final class Catalogue {

	private static final TypeReference<LinkedHashMap<String, String>> FLAT_MAP = new TypeReference<>() {
	};

	private final Map<Language, Map<String, String>> patterns;

	/** A catalogue over the given maps, which it uses as they are. */
	public Catalogue(Map<Language, Map<String, String>> patterns) {
		this.patterns = patterns;
	}

	/** Reads the catalogue of every language from the class path. */
	public static Catalogue load() {
		JsonMapper json = JsonMapper.builder().build();
		EnumMap<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String resource = "messages/" + language.code() + ".json";
			try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Missing message catalogue " + resource);
				}
				patterns.put(language, json.readValue(in, FLAT_MAP));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Catalogue(patterns);
	}

	public Map<Language, Map<String, String>> patterns() {
		return this.patterns;
	}

	/** The pattern for a key, falling back to English where a language lacks it. */
	public String pattern(Language language, String key) {
		String pattern = this.patterns.getOrDefault(language, Map.of()).get(key);
		if (pattern == null) {
			pattern = this.patterns.getOrDefault(Language.EN, Map.of()).get(key);
		}
		if (pattern == null) {
			throw new IllegalArgumentException("Unknown message key " + key);
		}
		return pattern;
	}

}
