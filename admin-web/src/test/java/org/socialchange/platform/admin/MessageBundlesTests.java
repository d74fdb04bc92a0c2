package org.socialchange.platform.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTests {

	/** A message expression with a literal key: {@code #{key}} or {@code #{key(...)}}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");

	private static final Pattern ANY_MESSAGE = Pattern.compile("#\\{");

	@Test
	void englishAndRussianHaveExactlyTheSameKeys() throws IOException {
		assertThat(keys(load("messages_ru.properties"))).isEqualTo(keys(load("messages.properties")));
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(bundle + ": " + key).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedInTheTemplatesExists() throws IOException {
		Set<String> keys = keys(load("messages.properties"));
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			for (String key : messageKeys(template)) {
				if (!keys.contains(key)) {
					missing.add(name(template) + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesUseOnlyLiteralMessageKeysSoTheyCanBeChecked() throws IOException {
		for (Resource template : templates()) {
			String text = template.getContentAsString(StandardCharsets.UTF_8);
			assertThat(count(MESSAGE_KEY, text)).as(name(template)).isEqualTo(count(ANY_MESSAGE, text));
		}
	}

	@Test
	void templatesWriteDynamicValuesOnlyEscaped() throws IOException {
		for (Resource template : templates()) {
			assertThat(template.getContentAsString(StandardCharsets.UTF_8)).as(name(template))
				.doesNotContain("th:utext", "[(");
		}
	}

	@Test
	void keysUsedFromJavaExist() throws IOException {
		assertThat(keys(load("messages.properties"))).contains(PasswordForm.TOO_SHORT, PasswordForm.TOO_LONG,
				PasswordForm.NOT_EQUAL, PasswordForm.UNCHANGED, AccountController.PASSWORD_CHANGED);
	}

	@Test
	void theTemplateScanFindsKeys() throws IOException {
		assertThat(messageKeys(new ClassPathResource("templates/home/index.html"))).contains("home.heading",
				"home.educators.total");
	}

	private static Set<String> messageKeys(Resource template) throws IOException {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	private static String name(Resource template) throws IOException {
		String url = template.getURL().toString();
		return url.substring(url.lastIndexOf("templates/"));
	}

	private static long count(Pattern pattern, String text) {
		return pattern.matcher(text).results().count();
	}

	private static Resource[] templates() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		return templates;
	}

	private static Properties load(String bundle) throws IOException {
		return PropertiesLoaderUtils
			.loadProperties(new EncodedResource(new ClassPathResource(bundle), StandardCharsets.UTF_8));
	}

	private static Set<String> keys(Properties messages) {
		return new TreeSet<>(messages.stringPropertyNames());
	}

}
