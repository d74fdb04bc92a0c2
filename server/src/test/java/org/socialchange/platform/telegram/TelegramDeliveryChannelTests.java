package org.socialchange.platform.telegram;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.delivery.DeliveryChannel;
import org.socialchange.platform.delivery.OutgoingMessage;
import org.socialchange.platform.delivery.SendOutcome;
import org.socialchange.platform.identity.ChatId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's channel of the delivery engine reads Telegram's answers as outcomes: sent
 * with the message id, 403 blocked, 400 rejected, 429 rate limited with the wait.
 */
@PlatformTest
class TelegramDeliveryChannelTests {

	@LocalServerPort
	int port;

	@Autowired
	DeliveryChannel channel;

	@Test
	void sendsPlainTextWithALinkButton() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser("Nino", "ka");

		SendOutcome outcome = this.channel
			.send(new OutgoingMessage(ChatId.of(user), "<b>not markup</b> & co", "Open", "https://example.org", false));

		assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
		JsonNode message = sandbox.botMessages(user).get(0);
		assertThat(message.get("text").asString()).isEqualTo("<b>not markup</b> & co");
		assertThat(message.get("messageId").asLong()).isEqualTo(((SendOutcome.Sent) outcome).messageId());
		assertThat(message.toString()).contains("https://example.org");
	}

	@Test
	void readsABlockedUserAs403Blocked() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser("Aram", "hy");
		sandbox.post("/sandbox/api/users/" + user + "/block", Map.of());

		assertThat(this.channel.send(new OutgoingMessage(ChatId.of(user), "hello", null, null, false)))
			.isInstanceOfSatisfying(SendOutcome.Blocked.class,
					(blocked) -> assertThat(blocked.description()).contains("blocked"));
	}

	@Test
	void readsAnUnknownChatAsRejected() {
		assertThat(this.channel.send(new OutgoingMessage(ChatId.of(42), "hello", null, null, false)))
			.isInstanceOfSatisfying(SendOutcome.Rejected.class,
					(rejected) -> assertThat(rejected.description()).contains("chat not found"));
	}

	@Test
	void readsA429AsRateLimitedWithTheWait() throws InterruptedException {
		long user = new SandboxClient(this.port).createUser("Busy", "ru");
		SendOutcome outcome = null;
		for (int i = 0; i < 25 && !(outcome instanceof SendOutcome.RateLimited); i++) {
			outcome = this.channel.send(new OutgoingMessage(ChatId.of(user), "message " + i, null, null, true));
		}
		assertThat(outcome).isInstanceOfSatisfying(SendOutcome.RateLimited.class,
				(limited) -> assertThat(limited.retryAfter().toSeconds()).isGreaterThanOrEqualTo(1));
		Thread.sleep(2000);
	}

}
