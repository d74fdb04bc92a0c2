package org.socialchange.platform.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTests {

	static DeliverySettings settings(int perSecond) {
		return new DeliverySettings(perSecond, false, 1000, Duration.ofSeconds(1), 20, 0.02, 8, 4,
				Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(1), true);
	}

	@Test
	void aBurstFromManyThreadsStaysUnderTheGlobalLimitAndNearIt() throws Exception {
		RateLimits limits = new RateLimits(settings(30));
		List<Long> sends = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(3);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 8; i++) {
			threads.submit(() -> {
				while (System.nanoTime() < end) {
					limits.awaitGlobal(false);
					sends.add(System.nanoTime());
				}
				return null;
			});
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(perSecondNeverAbove(sends, 30)).isBetween(28.5, 30.0);
	}

	/**
	 * Checks that no window of 950 ms holds more than the limit and answers the pace. The
	 * windows are a little under a second: the times are taken after the limiter let a
	 * thread go, and a thread can be descheduled in between, which must not count.
	 */
	static double perSecondNeverAbove(List<Long> sends, int limit) {
		List<Long> times = new ArrayList<>(sends);
		Collections.sort(times);
		for (int i = 0; i < times.size(); i++) {
			int j = i;
			while (j < times.size() && times.get(j) - times.get(i) < TimeUnit.MILLISECONDS.toNanos(950)) {
				j++;
			}
			assertThat(j - i).as("messages in the 950 ms after message %d", i).isLessThanOrEqualTo(limit);
		}
		return (times.size() - 1) / ((times.get(times.size() - 1) - times.get(0)) / 1e9);
	}

	@Test
	void aPrivateChatGetsOneBulkMessagePerSecond() {
		RateLimits limits = new RateLimits(settings(30));
		assertThat(limits.claimChat(42)).isZero();
		assertThat(limits.claimChat(42)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(1));
		assertThat(limits.claimChat(43)).isZero();
	}

	@Test
	void aGroupGetsTwentyBulkMessagesPerMinute() {
		RateLimits limits = new RateLimits(settings(30));
		assertThat(limits.claimChat(-1001)).isZero();
		assertThat(limits.claimChat(-1001)).isBetween(Duration.ofMillis(2900), Duration.ofSeconds(3));
	}

	@Test
	void interactiveRepliesKeepToTheGlobalLimitAndTheNextBulkMessageToThatChatWaits() {
		RateLimits limits = new RateLimits(settings(30));
		long start = System.nanoTime();
		for (int i = 0; i < 10; i++) {
			limits.reply(7);
		}
		// ten replies at 29.4/s: nine waits of 34 ms, never held back by the chat's own
		// limit
		assertThat(System.nanoTime() - start).isBetween(TimeUnit.MILLISECONDS.toNanos(250),
				TimeUnit.MILLISECONDS.toNanos(900));
		assertThat(limits.claimChat(7)).isGreaterThan(Duration.ofSeconds(5));
	}

	@Test
	void bulkTrafficStepsAsideWhileRepliesWait() throws Exception {
		RateLimits limits = new RateLimits(settings(30));
		ExecutorService threads = Executors.newFixedThreadPool(2);
		var replies = threads.submit(() -> {
			for (int i = 0; i < 30; i++) {
				limits.reply(1000 + i);
			}
			return System.nanoTime();
		});
		var bulk = threads.submit(() -> {
			int sent = 0;
			while (!replies.isDone()) {
				limits.awaitGlobal(false);
				sent++;
			}
			return sent;
		});
		threads.shutdown();
		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(bulk.get()).as("bulk messages sent while 30 replies waited").isLessThanOrEqualTo(5);
	}

	@Test
	void aReplyWaitsForOneSlotAtMostWhileEveryBulkWorkerIsWaitingToo() throws Exception {
		RateLimits limits = new RateLimits(settings(30));
		ExecutorService workers = Executors.newFixedThreadPool(8);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
		for (int i = 0; i < 8; i++) {
			workers.submit(() -> {
				while (System.nanoTime() < end) {
					limits.awaitGlobal(false);
				}
				return null;
			});
		}
		Thread.sleep(500);
		long slowest = 0;
		for (int i = 0; i < 10; i++) {
			long start = System.nanoTime();
			limits.reply(2000 + i);
			slowest = Math.max(slowest, System.nanoTime() - start);
			Thread.sleep(100);
		}
		workers.shutdown();
		assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		// one slot is 34 ms; queued behind eight reserved slots it would be 270 ms
		assertThat(slowest).isLessThan(TimeUnit.MILLISECONDS.toNanos(150));
	}

	@Test
	void a429OnAQuietChatPausesEveryone() {
		RateLimits limits = new RateLimits(settings(30));
		assertThat(limits.claimChat(5)).isZero();
		limits.tooManyRequests(5, Duration.ofSeconds(3));
		assertThat(limits.globalPause()).isGreaterThan(Duration.ofMillis(2500));
		assertThat(limits.claimChat(5)).isGreaterThan(Duration.ofMillis(2500));
	}

	@Test
	void a429OnABusyChatPausesOnlyThatChat() {
		RateLimits limits = new RateLimits(settings(30));
		limits.reply(5);
		limits.reply(5);
		limits.tooManyRequests(5, Duration.ofSeconds(3));
		assertThat(limits.globalPause()).isZero();
		assertThat(limits.claimChat(5)).isGreaterThan(Duration.ofMillis(2500));
		assertThat(limits.claimChat(6)).isZero();
	}

	@Test
	void paidBroadcastsHaveTheirOwnMuchHigherLimit() throws InterruptedException {
		RateLimits limits = new RateLimits(settings(30));
		long start = System.nanoTime();
		for (int i = 0; i < 300; i++) {
			limits.awaitGlobal(true);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(seconds).isBetween(0.15, 0.5);
	}

}
