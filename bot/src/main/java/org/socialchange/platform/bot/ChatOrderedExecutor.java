package org.socialchange.platform.bot;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work of different chats concurrently on a fixed pool and the work of one chat
 * strictly in the order it was submitted: each chat's task starts after its predecessor
 * finished, whether that one succeeded or failed.
 */
class ChatOrderedExecutor implements AutoCloseable {

	private final ExecutorService pool;

	private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

	private final AtomicInteger waiting = new AtomicInteger();

	ChatOrderedExecutor(int threads) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (runnable) -> {
			Thread thread = new Thread(runnable, "telegram-update-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.pool = Executors.newFixedThreadPool(Math.max(1, threads), factory);
	}

	/** Queues a task behind the chat's earlier ones; completes when it has run. */
	CompletableFuture<Void> submit(long chat, Runnable task) {
		this.waiting.incrementAndGet();
		CompletableFuture<Void> next = this.tails.compute(chat, (key, tail) -> {
			CompletableFuture<Void> previous = (tail != null) ? tail : CompletableFuture.completedFuture(null);
			return previous.handle((result, failure) -> null).thenRunAsync(task, this.pool);
		});
		next.whenComplete((result, failure) -> {
			this.waiting.decrementAndGet();
			this.tails.remove(chat, next);
		});
		return next;
	}

	/** How many submitted tasks have not finished yet. */
	int waiting() {
		return this.waiting.get();
	}

	@Override
	public void close() {
		this.pool.shutdown();
		try {
			if (!this.pool.awaitTermination(3, TimeUnit.SECONDS)) {
				this.pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.pool.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

}
