package org.socialchange.platform.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import org.socialchange.platform.cluster.Cluster;

/**
 * Runs the configured number of delivery workers while the application runs, when a
 * channel to send through exists; on shutdown each finishes the message it is sending and
 * releases the rest of its batch.
 */
@Component
@EnableConfigurationProperties(DeliverySettings.class)
class DeliveryWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(3);

	private final ObjectProvider<DeliveryChannel> channel;

	private final RateLimits limits;

	private final Recipients recipients;

	private final ApplicationEventPublisher events;

	private final DeliverySettings settings;

	private final Clock clock;

	private final PlatformTransactionManager transactions;

	private final JdbcTemplate jdbc;

	private final Cluster cluster;

	private final List<Thread> threads = new ArrayList<>();

	private Outcomes outcomes;

	private volatile boolean running;

	DeliveryWorkers(ObjectProvider<DeliveryChannel> channel, RateLimits limits, Recipients recipients,
			ApplicationEventPublisher events, DeliverySettings settings, Clock clock,
			PlatformTransactionManager transactions, JdbcTemplate jdbc, Cluster cluster) {
		this.channel = channel;
		this.limits = limits;
		this.recipients = recipients;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		DeliveryChannel channel = this.channel.getIfAvailable();
		if (!this.settings.enabled() || channel == null) {
			log.info("Delivery workers are off (enabled: {}, channel present: {})", this.settings.enabled(),
					channel != null);
			return;
		}
		this.outcomes = new Outcomes(this.jdbc, this.transactions, this.events);
		DeliveryWorker worker = new DeliveryWorker(channel, this.limits, this.recipients, this.outcomes, this.settings,
				this.clock, this.jdbc, this.cluster);
		for (int i = 0; i < this.settings.concurrency(); i++) {
			Thread thread = new Thread(() -> loop(worker), "delivery-" + i);
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			this.threads.add(thread);
			thread.start();
		}
		log.info("{} delivery workers started, up to {} messages in flight", this.settings.concurrency(),
				this.settings.inFlightBound());
	}

	private void loop(DeliveryWorker worker) {
		while (this.running) {
			try {
				if (worker.sendDue() == 0) {
					TimeUnit.NANOSECONDS.sleep(this.settings.idlePoll().toNanos());
				}
			}
			catch (InterruptedException | DeliveryWorker.WorkerStopped ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("A delivery batch failed; it will be claimed again", ex);
				try {
					TimeUnit.NANOSECONDS.sleep(this.settings.idlePoll().toNanos());
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		long deadline = System.nanoTime() + STOP_GRACE.toNanos();
		for (Thread thread : this.threads) {
			try {
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		// a worker still waiting (a long 429, Telegram unreachable) releases its batch
		this.threads.forEach(Thread::interrupt);
		this.threads.clear();
		if (this.outcomes != null) {
			this.outcomes.close();
			this.outcomes = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
