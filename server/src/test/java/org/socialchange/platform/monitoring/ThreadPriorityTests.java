package org.socialchange.platform.monitoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.delivery.DeliverySettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk senders run at the lowest thread priority and the threads that answer people
 * at the normal one, so that with {@code -XX:ThreadPriorityPolicy=1} (the Docker image)
 * people's replies get the processor first while a broadcast keeps it busy.
 */
@PlatformTest
class ThreadPriorityTests {

	@Autowired
	DeliverySettings settings;

	@LocalServerPort
	int port;

	@Test
	void deliveryWorkersRunAtTheLowestPriorityAndUpdateHandlersAtTheNormalOne() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser("Priority", "en");
		sandbox.awaitBotMessage(user, sandbox.write(user, "/help"));

		List<Thread> workers = threads("delivery-\\d+");
		// at least this instance's (the JVM may hold other test contexts' too)
		assertThat(workers).hasSizeGreaterThanOrEqualTo(this.settings.concurrency())
			.allSatisfy((thread) -> assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY));
		assertThat(threads("telegram-update-\\d+")).isNotEmpty()
			.allSatisfy((thread) -> assertThat(thread.getPriority()).isEqualTo(Thread.NORM_PRIORITY));
	}

	private static List<Thread> threads(String name) {
		return Thread.getAllStackTraces().keySet().stream().filter((thread) -> thread.getName().matches(name)).toList();
	}

}
