package org.socialchange.platform.delivery;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Telegram's global limit is the bot's, not an instance's: the free and the paid bucket
 * live in the database (Bucket4j's PostgreSQL backend, a row each, taken with {@code
 * SELECT ... FOR UPDATE}), so instances on one database share them. Concurrent takes of
 * one instance go to the database together ({@link Optimizations#batching()}).
 */
@Configuration(proxyBeanMethods = false)
class SharedRateLimits implements DisposableBean {

	private static final long FREE = 1;

	private static final long PAID = 2;

	private HikariDataSource pool;

	@Bean
	RateLimits rateLimits(DeliverySettings settings, DataSource dataSource) {
		ProxyManager<Long> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool(dataSource))
			.table("rate_limit_buckets")
			.build();
		return new RateLimits(settings,
				shared(buckets, key(FREE, settings.globalPerSecond()), RateLimits.free(settings)),
				shared(buckets, key(PAID, settings.paidPerSecond()), RateLimits.paid(settings)));
	}

	/**
	 * A bucket's row: its kind and its limit, so a changed limit ({@code
	 * TELEGRAM_GLOBAL_PER_SECOND}) starts a bucket of its own rather than meeting the old
	 * configuration stored in the row.
	 */
	private static long key(long kind, int perSecond) {
		return (kind << 32) | perSecond;
	}

	/**
	 * Connections of their own for the buckets, whose commits do not wait for the disk
	 * ({@code synchronous_commit} off): a take is a short transaction, and losing the
	 * last fraction of a second of a bucket's state to a crash of PostgreSQL costs
	 * nothing.
	 */
	private DataSource pool(DataSource dataSource) {
		if (!(dataSource instanceof HikariDataSource main)) {
			return dataSource;
		}
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(main.getJdbcUrl());
		this.pool.setUsername(main.getUsername());
		this.pool.setPassword(main.getPassword());
		this.pool.setPoolName("rate-limits");
		this.pool.setMaximumPoolSize(3);
		this.pool.setConnectionInitSql("set synchronous_commit to off");
		return this.pool;
	}

	@Override
	public void destroy() {
		if (this.pool != null) {
			this.pool.close();
		}
	}

	private static BucketProxy shared(ProxyManager<Long> buckets, long key, BucketConfiguration configuration) {
		return buckets.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
	}

}
