package org.socialchange.platform.translations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the message catalogue to the application, loaded and checked once. */
@Configuration(proxyBeanMethods = false)
public class TranslationsConfiguration {

	@Bean
	Messages messages() {
		Catalogue catalogue = Catalogue.load();
		var problems = CatalogueValidator.defects(catalogue);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The message catalogue has defects: " + problems);
		}
		return new Messages(catalogue);
	}

}
