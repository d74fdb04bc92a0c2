package org.socialchange.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep to their declared dependencies and APIs, and their diagram is drawn
 * under {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PlatformApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramAndCanvases() {
		Path folder = Path.of("target", "spring-modulith-docs");

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();

		assertThat(folder.resolve("components.puml")).isNotEmptyFile();
		assertThat(folder.resolve("module-delivery.puml")).isNotEmptyFile();
	}

}
