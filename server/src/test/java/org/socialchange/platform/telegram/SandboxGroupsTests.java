package org.socialchange.platform.telegram;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;

/**
 * In the sandbox's groups the real TelegramBots client meets Telegram's behaviour: a
 * message sent to a forum topic lands in it, and a removed bot is refused.
 */
@PlatformTest
class SandboxGroupsTests {

	@LocalServerPort
	int port;

	@Test
	void sendMessageWithThreadIdLandsInTheTopic() throws Exception {
		SandboxClient sandbox = new SandboxClient(this.port);
		long anna = sandbox.createUser("Anna", "en");
		long forum = sandbox.createGroup(anna, "Educators forum", true, true);
		sandbox.addBot(forum, anna);
		int topic = sandbox.createTopic(forum, anna, "Trainings");
		Message sent = client()
			.execute(SendMessage.builder().chatId(forum).messageThreadId(topic).text("Welcome to Trainings").build());
		assertThat(sent.getMessageThreadId()).isEqualTo(topic);
		assertThat(sent.getChat().getIsForum()).isTrue();
		JsonNode message = sandbox.groupChat(forum)
			.get("messages")
			.valueStream()
			.filter((m) -> "Welcome to Trainings".equals(m.get("text").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(message.get("fromBot").asBoolean()).isTrue();
		assertThat(message.get("threadId").asInt()).isEqualTo(topic);
	}

	@Test
	void botRemovedFromSupergroupGets403() throws Exception {
		SandboxClient sandbox = new SandboxClient(this.port);
		long anna = sandbox.createUser("Anna", "en");
		long supergroup = sandbox.createGroup(anna, "Peace builders", true, false);
		sandbox.addBot(supergroup, anna);
		client().execute(new SendMessage(String.valueOf(supergroup), "Hello, group"));
		sandbox.removeBot(supergroup, anna);
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> client().execute(new SendMessage(String.valueOf(supergroup), "Still there?")))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(403);
				assertThat(ex.getApiResponse()).isEqualTo("Forbidden: bot was kicked from the supergroup chat");
			});
	}

	@Test
	void upgradedGroupNamesItsSupergroup() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long anna = sandbox.createUser("Anna", "en");
		long group = sandbox.createGroup(anna, "Small group", false, false);
		sandbox.addBot(group, anna);
		long supergroup = sandbox.migrateGroup(group, anna);
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> client().execute(new SendMessage(String.valueOf(group), "Hello")))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(400);
				assertThat(ex.getApiResponse()).isEqualTo("Bad Request: group chat was upgraded to a supergroup chat");
				assertThat(ex.getParameters().getMigrateToChatId()).isEqualTo(supergroup);
			});
	}

	private OkHttpTelegramClient client() {
		return new SandboxClient(this.port).telegramClient();
	}

}
