package org.socialchange.platform.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat's transcript keeps when Telegram took each message, to the millisecond, so how
 * long the bot took to answer can be read from it (the delivery benchmark does).
 */
class SandboxTranscriptTests {

	@TempDir
	Path directory;

	final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-29T10:00:00.250Z"));

	SandboxTelegram telegram;

	@BeforeEach
	void start() {
		SandboxSettings settings = new SandboxSettings(false, 30, 1000, 20, Duration.ofSeconds(1), 20, Duration.ZERO,
				SandboxSettings.Access.LOOPBACK);
		this.telegram = new SandboxTelegram(new SandboxStore(this.directory), this.clock, new SandboxLimits(settings));
	}

	@AfterEach
	void stop() {
		this.telegram.close();
	}

	@Test
	void eachMessageKeepsTheMillisecondTelegramTookItBesidesItsDateInSeconds() throws Exception {
		long anna = this.telegram.createUser("Anna", "en").id();
		this.telegram.userWrites(anna, "/help", false);
		this.clock.now = this.clock.now.plusMillis(37);
		this.telegram.sendMessage(new BotApiRequest(new HashMap<>(Map.of("chat_id", anna, "text", "Help")), Map.of()));
		@SuppressWarnings("unchecked")
		List<SandboxMessage> transcript = (List<SandboxMessage>) this.telegram.chat(anna, 0, 0).get("messages");
		assertThat(transcript).hasSize(2);
		SandboxMessage written = transcript.get(0);
		SandboxMessage answer = transcript.get(1);
		assertThat(written.millis).isEqualTo(Instant.parse("2026-11-29T10:00:00.250Z").toEpochMilli());
		assertThat(written.date).isEqualTo(written.millis / 1000);
		assertThat(answer.fromBot).isTrue();
		assertThat(answer.millis - written.millis).isEqualTo(37);
	}

	/** A clock that stands still until a test moves it. */
	static final class SteppingClock extends Clock {

		Instant now;

		SteppingClock(Instant now) {
			this.now = now;
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
