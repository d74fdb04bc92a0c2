package org.socialchange.platform.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down password guessing: after a few failed sign-ins for one email, or many from
 * one address, further attempts are refused for a delay that doubles with each failure
 * (up to {@link #LONGEST}); a refused attempt checks no password. It counts any email
 * typed, known or not, so the delay tells nothing about which accounts exist. Memory
 * stays bounded however many addresses or emails an attacker sprays.
 */
class SignInThrottle {

	/** Failures allowed for one email before delays begin. */
	static final int FREE_PER_ACCOUNT = 5;

	/** Failures allowed from one address (several people may share it) before delays. */
	static final int FREE_PER_ADDRESS = 20;

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final Duration LONGEST = Duration.ofHours(1);

	private static final int MAX_KEYS = 100_000;

	private final Cache<String, Failures> accounts = cache();

	private final Cache<String, Failures> addresses = cache();

	private final Clock clock;

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long this email or address must still wait; empty when it may try now. */
	Optional<Duration> wait(String email, String address) {
		Instant now = this.clock.instant();
		Duration wait = max(remaining(this.accounts, key(email), FREE_PER_ACCOUNT, now),
				remaining(this.addresses, address, FREE_PER_ADDRESS, now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String email, String address) {
		Instant now = this.clock.instant();
		this.accounts.asMap().merge(key(email), new Failures(1, now), Failures::add);
		this.addresses.asMap().merge(address, new Failures(1, now), Failures::add);
	}

	/** A successful sign-in clears the email's failures (not the address's). */
	void succeeded(String email) {
		this.accounts.invalidate(key(email));
	}

	/** A wait in whole minutes, as the pages tell it: at least one. */
	static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	private static Duration remaining(Cache<String, Failures> cache, String key, int free, Instant now) {
		Failures failures = cache.getIfPresent(key);
		if (failures == null || failures.count() < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures.count() - free, 20);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		if (delay.compareTo(LONGEST) > 0) {
			delay = LONGEST;
		}
		Duration left = Duration.between(now, failures.last().plus(delay));
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static String key(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static Cache<String, Failures> cache() {
		return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(LONGEST.multipliedBy(2)).build();
	}

	/** How many sign-ins failed in a row, and when the last one did. */
	record Failures(int count, Instant last) {

		Failures add(Failures other) {
			return new Failures(this.count + other.count, other.last);
		}

	}

}
