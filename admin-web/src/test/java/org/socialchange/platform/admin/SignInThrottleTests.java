package org.socialchange.platform.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(this.clock);

	@Test
	void letsFiveFailuresPassThenMakesTheAccountWaitLongerAfterEachFailure() {
		fail("ana@example.org", "198.51.100.1", SignInThrottle.FREE_PER_ACCOUNT);
		assertThat(this.throttle.wait("ana@example.org", "198.51.100.2")).contains(Duration.ofSeconds(30));
		assertThat(this.throttle.wait("ANA@example.org ", "198.51.100.3")).as("the same email, however typed")
			.contains(Duration.ofSeconds(30));
		assertThat(this.throttle.wait("bob@example.org", "198.51.100.3")).isEmpty();

		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.throttle.wait("ana@example.org", "198.51.100.1")).isEmpty();
		fail("ana@example.org", "198.51.100.1", 1);
		assertThat(this.throttle.wait("ana@example.org", "198.51.100.1")).contains(Duration.ofSeconds(60));
		fail("ana@example.org", "198.51.100.1", 10);
		assertThat(this.throttle.wait("ana@example.org", "198.51.100.1")).contains(SignInThrottle.LONGEST);
	}

	@Test
	void aSuccessClearsTheAccountButNotTheAddress() {
		fail("ana@example.org", "198.51.100.1", SignInThrottle.FREE_PER_ACCOUNT);
		this.throttle.succeeded("ana@example.org");
		assertThat(this.throttle.wait("ana@example.org", "198.51.100.9")).isEmpty();
	}

	@Test
	void oneAddressTryingManyEmailsIsSlowedDownToo() {
		for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
			fail("guess" + i + "@example.org", "203.0.113.5", 1);
		}
		assertThat(this.throttle.wait("new@example.org", "203.0.113.5")).contains(Duration.ofSeconds(30));
		assertThat(this.throttle.wait("new@example.org", "203.0.113.6")).isEmpty();
	}

	private void fail(String email, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(email, address);
		}
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
