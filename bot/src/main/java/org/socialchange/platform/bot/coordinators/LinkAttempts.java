package org.socialchange.platform.bot.coordinators;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

import org.socialchange.platform.identity.TelegramUserId;

/**
 * Throttles attempts to link a coordinator account: a few per Telegram user per ten
 * minutes, and a ceiling for everyone together, so codes cannot be guessed.
 */
@Component
public class LinkAttempts {

	static final int PER_USER = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final int ALL_USERS_PER_MINUTE = 60;

	private static final int MAX_TRACKED = 10_000;

	private final Map<Long, Bucket> users = new ConcurrentHashMap<>();

	private final Bucket everyone = Bucket.builder()
		.addLimit((limit) -> limit.capacity(ALL_USERS_PER_MINUTE)
			.refillGreedy(ALL_USERS_PER_MINUTE, Duration.ofMinutes(1)))
		.build();

	/** Counts one attempt; false when this user (or everyone) tried too often. */
	public boolean tryAttempt(TelegramUserId user) {
		if (this.users.size() > MAX_TRACKED) {
			// forgets the oldest counts at once rather than growing without bound; the
			// shared ceiling still holds
			this.users.clear();
		}
		Bucket bucket = this.users.computeIfAbsent(user.value(),
				(id) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(PER_USER).refillIntervally(PER_USER, WINDOW))
					.build());
		return bucket.tryConsume(1) && this.everyone.tryConsume(1);
	}

}
