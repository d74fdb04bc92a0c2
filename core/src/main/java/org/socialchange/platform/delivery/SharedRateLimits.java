package org.socialchange.platform.delivery;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Telegram's global limit is the bot's, not an instance's: the free and the paid bucket
 * live in the database (Bucket4j's PostgreSQL backend, a row each, taken with {@code
 * SELECT ... FOR UPDATE}), so instances on one database share them. Concurrent takes of
 * one instance go to the database together ({@link Optimizations#batching()}).
 */
@Configuration(proxyBeanMethods = false)
class SharedRateLimits {

	private static final long FREE = 1;

	private static final long PAID = 2;

	@Bean
	RateLimits rateLimits(DeliverySettings settings, DataSource dataSource) {
		ProxyManager<Long> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
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

	private static BucketProxy shared(ProxyManager<Long> buckets, long key, BucketConfiguration configuration) {
		return buckets.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
	}

}
