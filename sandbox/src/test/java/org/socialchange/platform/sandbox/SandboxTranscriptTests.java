package org.socialchange.platform.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

	SandboxTelegram telegram;

	@BeforeEach
	void start() {
		SandboxSettings settings = new SandboxSettings(false, 30, 1000, 20, Duration.ofSeconds(1), 20, Duration.ZERO,
				SandboxSettings.Access.LOOPBACK);
		this.telegram = new SandboxTelegram(new SandboxStore(this.directory), Clock.systemUTC(),
				new SandboxLimits(settings));
	}

	@AfterEach
	void stop() {
		this.telegram.close();
	}

	@Test
	void eachMessageKeepsTheMillisecondTelegramTookItBesidesItsDateInSeconds() throws Exception {
		long anna = this.telegram.createUser("Anna", "en").id();
		long before = System.currentTimeMillis();
		this.telegram.userWrites(anna, "/help", false);
		Thread.sleep(20);
		this.telegram.sendMessage(new BotApiRequest(new HashMap<>(Map.of("chat_id", anna, "text", "Help")), Map.of()));
		long after = System.currentTimeMillis();
		@SuppressWarnings("unchecked")
		List<SandboxMessage> transcript = (List<SandboxMessage>) this.telegram.chat(anna, 0, 0).get("messages");
		assertThat(transcript).hasSize(2);
		SandboxMessage written = transcript.get(0);
		SandboxMessage answer = transcript.get(1);
		assertThat(answer.fromBot).isTrue();
		assertThat(written.millis).isBetween(before, after);
		assertThat(answer.millis - written.millis).isBetween(20L, after - before);
		assertThat(written.date).isEqualTo(written.millis / 1000);
		assertThat(answer.date).isEqualTo(answer.millis / 1000);
	}

}
