package org.socialchange.platform.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.PostgresJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' limiters on one database (two {@link RateLimits} built by
 * {@link SharedRateLimits} over the same PostgreSQL), each with eight sending threads and
 * a thread of interactive replies: together they stay under Telegram's 30 messages a
 * second and near it.
 */
@PostgresJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SharedRateLimitsTests {

	@Autowired
	DataSource dataSource;

	@Test
	void twoInstancesTogetherNeverExceedTheGlobalLimit() throws Exception {
		DeliverySettings settings = RateLimitsTests.settings(30);
		List<SharedRateLimits> shared = List.of(new SharedRateLimits(), new SharedRateLimits());
		List<RateLimits> instances = shared.stream()
			.map((instance) -> instance.rateLimits(settings, this.dataSource))
			.toList();
		List<Long> sends = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
		ExecutorService threads = Executors.newFixedThreadPool(18);
		for (RateLimits limits : instances) {
			for (int i = 0; i < 8; i++) {
				threads.submit(() -> {
					while (System.nanoTime() < end) {
						limits.awaitGlobal(false);
						sends.add(System.nanoTime());
					}
					return null;
				});
			}
			threads.submit(() -> {
				long chat = 1;
				while (System.nanoTime() < end) {
					limits.reply(chat++);
					sends.add(System.nanoTime());
					TimeUnit.MILLISECONDS.sleep(200);
				}
				return null;
			});
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
		shared.forEach(SharedRateLimits::destroy);
		double perSecond = RateLimitsTests.perSecondNeverAbove(sends, 30);
		assertThat(perSecond).as("both instances together, per second").isBetween(27.0, 30.0);
	}

}
