package org.socialchange.platform.bot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatOrderedExecutorTests {

	@Test
	void updatesOfOneChatRunInOrderEvenWhenOneFails() {
		List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
		try (ChatOrderedExecutor executor = new ChatOrderedExecutor(4)) {
			List<CompletableFuture<Void>> all = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				all.add(executor.submit(42, () -> {
					seen.add(n);
					if (n == 50) {
						throw new IllegalStateException("a failing update");
					}
				}));
			}
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((r, e) -> null).join();
		}
		assertThat(seen).hasSize(200).isSorted();
	}

	@Test
	void differentChatsAreHandledAtTheSameTime() throws InterruptedException {
		CountDownLatch bothRunning = new CountDownLatch(2);
		try (ChatOrderedExecutor executor = new ChatOrderedExecutor(2)) {
			Runnable waitForTheOther = () -> {
				bothRunning.countDown();
				try {
					bothRunning.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			};
			CompletableFuture<Void> first = executor.submit(1, waitForTheOther);
			CompletableFuture<Void> second = executor.submit(2, waitForTheOther);
			CompletableFuture.allOf(first, second).join();
		}
		assertThat(bothRunning.getCount()).isZero();
	}

	@Test
	void withOneThreadEverythingRunsOneAtATime() {
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		try (ChatOrderedExecutor executor = new ChatOrderedExecutor(1)) {
			CompletableFuture<Void> a = executor.submit(1, () -> {
				events.add("a-start");
				sleep(50);
				events.add("a-end");
			});
			CompletableFuture<Void> b = executor.submit(2, () -> events.add("b"));
			CompletableFuture.allOf(a, b).join();
		}
		assertThat(events).containsExactly("a-start", "a-end", "b");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
