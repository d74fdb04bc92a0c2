package org.socialchange.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import org.socialchange.platform.database.EmbeddedDatabaseConfiguration;

/**
 * A {@link DataJpaTest} on the real embedded PostgreSQL with the Flyway schema, in a
 * throw-away data directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedDatabaseConfiguration.class)
@TestPropertySource(properties = { "platform.data-dir=${java.io.tmpdir}/platform-core-tests-${random.uuid}",
		"platform.throwaway-database=true" })
public @interface PostgresJpaTest {

}
