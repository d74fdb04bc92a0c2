package org.socialchange.platform.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;

/**
 * The sandbox plays Telegram's flood control: beyond 30 messages per second in all, or a
 * short burst in one private chat, it answers 429 with {@code retry_after}; paid
 * broadcasts have their own, much higher limit.
 */
@PlatformTest
class SandboxLimitsTests {

	@LocalServerPort
	int port;

	@AfterEach
	void letTheLimitsRecover() throws InterruptedException {
		// the sandbox is shared with the other tests of this context
		Thread.sleep(2000);
	}

	@Test
	void answersABurstOverTheGlobalLimitWith429AndRetryAfter() throws Exception {
		List<Long> chats = users(300);
		OkHttpTelegramClient client = client();
		int accepted = 0;
		TelegramApiRequestException refused = null;
		long start = System.nanoTime();
		for (long chat : chats) {
			try {
				client.execute(new SendMessage(String.valueOf(chat), "burst"));
				accepted++;
			}
			catch (TelegramApiRequestException ex) {
				refused = ex;
				break;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(refused).as("a 429 within 300 messages as fast as they go").isNotNull();
		assertThat(refused.getErrorCode()).isEqualTo(429);
		assertThat(refused.getParameters().getRetryAfter()).isGreaterThanOrEqualTo(1);
		// a burst of one second's worth, then 30 per second
		assertThat(accepted).isBetween(25, 31 + (int) Math.ceil(30 * seconds));
	}

	@Test
	void letsPaidBroadcastsGoBeyondTheFreeLimit() throws Exception {
		for (long chat : users(60)) {
			SendMessage message = new SendMessage(String.valueOf(chat), "paid");
			message.setAllowPaidBroadcast(true);
			client().execute(message);
		}
	}

	@Test
	void refusesAPrivateChatMoreThanAShortBurstThenOnePerSecond() throws Exception {
		long chat = users(1).get(0);
		int accepted = 0;
		TelegramApiRequestException refused = null;
		for (int i = 0; i < 25; i++) {
			try {
				SendMessage message = new SendMessage(String.valueOf(chat), "message " + i);
				message.setAllowPaidBroadcast(true);
				client().execute(message);
				accepted++;
			}
			catch (TelegramApiRequestException ex) {
				refused = ex;
				break;
			}
		}
		assertThat(refused).isNotNull();
		assertThat(refused.getErrorCode()).isEqualTo(429);
		assertThat(accepted).isBetween(20, 22);
	}

	private List<Long> users(int count) {
		List<Long> ids = new ArrayList<>();
		new SandboxClient(this.port)
			.post("/sandbox/api/users/bulk", Map.of("count", count, "firstName", "Burst", "languageCode", "en"))
			.get("ids")
			.forEach((id) -> ids.add(id.asLong()));
		return ids;
	}

	OkHttpTelegramClient client() {
		return new SandboxClient(this.port).telegramClient();
	}

}
