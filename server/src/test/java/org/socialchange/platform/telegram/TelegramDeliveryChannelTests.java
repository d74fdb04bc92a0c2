package org.socialchange.platform.telegram;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.delivery.DeliveryChannel;
import org.socialchange.platform.delivery.MessageButton;
import org.socialchange.platform.delivery.OutgoingMessage;
import org.socialchange.platform.delivery.SendOutcome;
import org.socialchange.platform.identity.ChatId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's channel of the delivery engine reads Telegram's answers as outcomes: sent
 * with the message id, 403 blocked, 400 rejected (or migrated, with the supergroup's id),
 * 429 rate limited with the wait; and sends into a forum topic.
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
	void sendsHtmlWithRowsOfCallbackAndLinkButtons() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser("Anahit", "hy");

		SendOutcome outcome = this.channel
			.send(new OutgoingMessage(ChatId.of(user), null, "<b>Prompt 1</b> &amp; more", null, null, false,
					List.of(List.of(MessageButton.callback("Yes", "tq:7:0"), MessageButton.callback("No", "tq:7:1")),
							List.of(MessageButton.link("Open", "https://example.org/guide"))),
					null, true));

		assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
		JsonNode message = sandbox.botMessages(user).get(0);
		assertThat(message.get("parseMode").asString()).isEqualTo("HTML");
		assertThat(message.toString()).contains("tq:7:0", "tq:7:1", "https://example.org/guide");
		// malformed HTML is refused as Telegram refuses it: the engine reads it as
		// rejected
		assertThat(this.channel
			.send(new OutgoingMessage(ChatId.of(user), null, "<b>open", null, null, false, List.of(), null, true)))
			.isInstanceOf(SendOutcome.Rejected.class);
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
	void sendsIntoAForumTopicAndReadsAMigratedGroupAsMigratedWithItsNewId() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser("Lusine", "hy");
		long forum = sandbox.createGroup(user, "Forum", true, true);
		int topic = sandbox.createTopic(forum, user, "News");
		sandbox.addBot(forum, user);
		long plain = sandbox.createGroup(user, "Plain", false, false);
		sandbox.addBot(plain, user);
		long supergroup = sandbox.migrateGroup(plain, user);

		assertThat(this.channel.send(new OutgoingMessage(ChatId.of(forum), topic, "in the topic", null, null, false)))
			.isInstanceOf(SendOutcome.Sent.class);
		assertThat(this.channel.send(new OutgoingMessage(ChatId.of(plain), "hello", null, null, false)))
			.isEqualTo(new SendOutcome.Migrated(supergroup));

		JsonNode posted = sandbox.groupChat(forum)
			.get("messages")
			.valueStream()
			.filter((message) -> message.get("text").asString().equals("in the topic"))
			.findFirst()
			.orElseThrow();
		assertThat(posted.get("threadId").asInt()).isEqualTo(topic);
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
