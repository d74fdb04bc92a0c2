package org.socialchange.platform.journeys;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.GroupMembershipRecorder;
import org.socialchange.platform.GroupMembershipRecorder.Change;
import org.socialchange.platform.bot.ChatRef;
import org.socialchange.platform.bot.ChatType;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bot in a supergroup with forum topics, through the sandbox as Telegram would do it:
 * added, asked in a topic, answering in that topic, ignoring what is not for it, removed,
 * and then refused.
 */
@PlatformTest
class GroupChatJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	Replies replies;

	@Autowired
	GroupMembershipRecorder membership;

	@Test
	void answersACommandInTheTopicItWasAskedInAndIsRefusedOnceRemoved() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long lusine = sandbox.createUser("Lusine", "hy");
		long forum = sandbox.createGroup(lusine, "Gyumri teachers", true, true);
		int topic = sandbox.createTopic(forum, lusine, "Inclusive schools");

		sandbox.addBot(forum, lusine);
		await(() -> this.membership.changes.contains(new Change(forum, "SUPERGROUP", lusine, "member")));
		// added, the bot says how to link the chat, in the language of whoever added it
		JsonNode note = await(() -> botMessages(sandbox, forum).size() == 1, () -> botMessages(sandbox, forum)).get(0);
		assertThat(note.get("text").asString())
			.isEqualTo(Registrations.visible(this.messages.format(Language.HY, "groupchat.added")));

		sandbox.writeInGroup(forum, lusine, "Good morning, colleagues!", topic);
		sandbox.writeInGroup(forum, lusine, "/help@some_other_bot", topic);
		sandbox.writeInGroup(forum, lusine, "/help@platform_sandbox_bot", topic);
		JsonNode answer = await(() -> botMessages(sandbox, forum).size() == 2, () -> botMessages(sandbox, forum))
			.get(1);
		assertThat(answer.get("text").asString()).isEqualTo(this.messages.format(Language.HY, "group.help"));
		assertThat(answer.get("threadId").asInt()).isEqualTo(topic);

		sandbox.writeInGroup(forum, lusine, "/help", null);
		List<JsonNode> both = await(() -> botMessages(sandbox, forum).size() == 3, () -> botMessages(sandbox, forum));
		assertThat(both.get(2).get("threadId").isNull() || both.get(2).get("threadId").isMissingNode())
			.as("an answer in the General topic carries no thread id")
			.isTrue();

		sandbox.removeBot(forum, lusine);
		await(() -> this.membership.changes.contains(new Change(forum, "SUPERGROUP", lusine, "left")));
		assertThatExceptionOfType(Replies.TelegramFailure.class)
			.isThrownBy(() -> this.replies.send(new ChatRef(ChatId.of(forum), ChatType.SUPERGROUP, topic), "Hello?"))
			.havingCause()
			.isInstanceOfSatisfying(TelegramApiRequestException.class,
					(refused) -> assertThat(refused.getErrorCode()).isEqualTo(403));
		assertThat(botMessages(sandbox, forum)).hasSize(3);
	}

	@Test
	void anAnswerToAGroupUpgradedMeanwhileGoesToItsSupergroup() {
		SandboxClient sandbox = new SandboxClient(this.port);
		long aram = sandbox.createUser("Aram", "hy");
		long group = sandbox.createGroup(aram, "Vanadzor parents", false, false);
		sandbox.addBot(group, aram);
		await(() -> botMessages(sandbox, group).size() == 1);
		long supergroup = sandbox.migrateGroup(group, aram);

		this.replies.send(new ChatRef(ChatId.of(group), ChatType.GROUP, null), "Still with you");
		assertThat(botMessages(sandbox, supergroup)).extracting((message) -> message.get("text").asString())
			.containsExactly("Still with you");
		assertThat(botMessages(sandbox, group)).hasSize(1);
	}

	/** The bot's messages in a group chat, oldest first. */
	static List<JsonNode> botMessages(SandboxClient sandbox, long chat) {
		return sandbox.groupChat(chat)
			.get("messages")
			.valueStream()
			.filter((message) -> message.get("fromBot").asBoolean())
			.toList();
	}

	/** Waits (15 s at most) until the condition holds. */
	static void await(Supplier<Boolean> condition) {
		await(condition, () -> null);
	}

	private static <T> T await(Supplier<Boolean> condition, Supplier<T> result) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("waited 15 s for the bot").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return result.get();
	}

}
