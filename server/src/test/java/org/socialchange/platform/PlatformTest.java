package org.socialchange.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port in sandbox mode, with a throw-away data
 * directory; every test class with it shares one running instance.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "platform.data-dir=target/test-data/${random.uuid}", "platform.throwaway-database=true",
				"platform.telegram.token=", "platform.admin.email=admin@example.org",
				"platform.admin.password=correct horse battery staple" })
@Import({ FailingCommand.class, GroupMembershipRecorder.class })
public @interface PlatformTest {

}
