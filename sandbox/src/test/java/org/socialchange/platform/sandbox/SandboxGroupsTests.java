package org.socialchange.platform.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberLeft;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Groups, supergroups and forum topics in the sandbox answer the bot as Telegram does, in
 * shapes TelegramBots reads.
 */
class SandboxGroupsTests {

	private static final ObjectMapper TELEGRAMBOTS_JSON = new ObjectMapper();

	@TempDir
	Path directory;

	SandboxTelegram telegram;

	long anna;

	long boris;

	long offset;

	@BeforeEach
	void start() {
		this.telegram = sandbox();
		this.anna = this.telegram.createUser("Anna", "en").id();
		this.boris = this.telegram.createUser("Boris", "ru").id();
	}

	@AfterEach
	void stop() {
		this.telegram.close();
	}

	@Test
	void groupsAndSupergroupsGetTelegramStyleNegativeIds() {
		long group = group(false, false);
		long supergroup = group(true, false);
		assertThat(String.valueOf(group)).matches("-4\\d{9}");
		assertThat(String.valueOf(supergroup)).matches("-100\\d{10}");
	}

	@Test
	void botAddedToGroupGetsMyChatMemberFromLeftToMember() throws Exception {
		long group = group(false, false);
		this.telegram.changeBotMembership(group, this.anna, "add");
		ChatMemberUpdated update = updates().stream()
			.filter(Update::hasMyChatMember)
			.findFirst()
			.orElseThrow()
			.getMyChatMember();
		assertThat(update.getChat().getId()).isEqualTo(group);
		assertThat(update.getChat().getType()).isEqualTo("group");
		assertThat(update.getChat().getTitle()).isEqualTo("Peace builders");
		assertThat(update.getFrom().getId()).isEqualTo(this.anna);
		assertThat(update.getOldChatMember()).isInstanceOf(ChatMemberLeft.class);
		assertThat(update.getNewChatMember()).isInstanceOf(ChatMemberMember.class);
		assertThat(update.getNewChatMember().getUser().getUserName()).isEqualTo("platform_sandbox_bot");
	}

	@Test
	void botRemovedOrBannedGetsMyChatMemberToLeftOrKicked() throws Exception {
		long group = group(true, false);
		this.telegram.changeBotMembership(group, this.anna, "add");
		this.telegram.changeBotMembership(group, this.anna, "remove");
		this.telegram.changeBotMembership(group, this.anna, "ban");
		List<ChatMemberUpdated> changes = updates().stream()
			.filter(Update::hasMyChatMember)
			.map(Update::getMyChatMember)
			.toList();
		assertThat(changes).hasSize(3);
		assertThat(changes.get(1).getOldChatMember()).isInstanceOf(ChatMemberMember.class);
		assertThat(changes.get(1).getNewChatMember()).isInstanceOf(ChatMemberLeft.class);
		assertThat(changes.get(2).getNewChatMember()).isInstanceOf(ChatMemberBanned.class);
		assertThat(changes.get(2).getChat().getType()).isEqualTo("supergroup");
	}

	@Test
	void privacyModeLetsThroughOnlyCommandsMentionsAndRepliesToTheBot() throws Exception {
		long group = group(false, false);
		this.telegram.joinGroup(group, this.boris);
		this.telegram.changeBotMembership(group, this.anna, "add");
		updates();
		int botMessage = (int) send(group, null, "Hello, group").get("message_id");
		updates();
		assertThat(write(group, this.boris, "just chatting", null, null).get("delivered")).isEqualTo(false);
		assertThat(write(group, this.boris, "/start@other_bot", null, null).get("delivered")).isEqualTo(false);
		assertThat(write(group, this.boris, "/start", null, null).get("delivered")).isEqualTo(true);
		assertThat(write(group, this.boris, "/help@platform_sandbox_bot now", null, null).get("delivered"))
			.isEqualTo(true);
		assertThat(write(group, this.boris, "hi @platform_sandbox_bot", null, null).get("delivered")).isEqualTo(true);
		assertThat(write(group, this.boris, "thanks", null, botMessage).get("delivered")).isEqualTo(true);
		List<Message> received = updates().stream().map(Update::getMessage).toList();
		assertThat(received).extracting(Message::getText)
			.containsExactly("/start", "/help@platform_sandbox_bot now", "hi @platform_sandbox_bot", "thanks");
		// TelegramBots knows a command only once its entities were read
		assertThat(received.get(0).getEntities()).singleElement()
			.satisfies((entity) -> assertThat(entity.getType()).isEqualTo("bot_command"));
		assertThat(received.get(0).isCommand()).isTrue();
		assertThat(received.get(1).getEntities().get(0).getType()).isEqualTo("bot_command");
		assertThat(received.get(1).getEntities().get(0).getLength()).isEqualTo(26);
		assertThat(received.get(2).getEntities().get(0).getType()).isEqualTo("mention");
		assertThat(received.get(2).getEntities().get(0).getOffset()).isEqualTo(3);
		assertThat(received.get(3).getReplyToMessage().getMessageId()).isEqualTo(botMessage);
		assertThat(received).allSatisfy((message) -> {
			assertThat(message.getChat().getId()).isEqualTo(group);
			assertThat(message.getFrom().getId()).isEqualTo(this.boris);
		});
		assertThat(transcript(group)).extracting((message) -> message.text)
			.contains("just chatting", "/start@other_bot", "/start", "thanks");
	}

	@Test
	void topicsHaveThreadIdsThatMessagesCarry() throws Exception {
		long forum = group(true, true);
		this.telegram.changeBotMembership(forum, this.anna, "add");
		int topic = (int) this.telegram.createTopic(forum, this.anna, "Trainings").get("messageThreadId");
		Message created = updates().stream()
			.map(Update::getMessage)
			.filter((message) -> message != null && message.getForumTopicCreated() != null)
			.findFirst()
			.orElseThrow();
		assertThat(created.getMessageThreadId()).isEqualTo(topic);
		assertThat(created.getChat().getIsForum()).isTrue();
		write(forum, this.anna, "/start", topic, null);
		Message inTopic = updates().get(0).getMessage();
		assertThat(inTopic.getMessageThreadId()).isEqualTo(topic);
		assertThat(inTopic.isTopicMessage()).isTrue();
		Map<String, Object> sent = send(forum, topic, "Welcome to the topic");
		assertThat(sent.get("message_thread_id")).isEqualTo(topic);
		assertThat(send(forum, null, "In General")).doesNotContainKey("message_thread_id");
		assertThat(transcript(forum)).filteredOn((message) -> message.fromBot)
			.extracting((message) -> message.threadId)
			.containsExactly(topic, null);
	}

	@Test
	void unknownThreadIsRefusedWith400() {
		long forum = group(true, true);
		this.telegram.changeBotMembership(forum, this.anna, "add");
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(forum, 4242, "lost"))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(400))
			.withMessage("Bad Request: message thread not found");
	}

	@Test
	void botRemovedFromSupergroupIsRefusedWith403() {
		long supergroup = group(true, false);
		this.telegram.changeBotMembership(supergroup, this.anna, "add");
		send(supergroup, null, "still here");
		this.telegram.changeBotMembership(supergroup, this.anna, "remove");
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(supergroup, null, "hello?"))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(403))
			.withMessage("Forbidden: bot was kicked from the supergroup chat");
	}

	@Test
	void botBannedFromGroupIsRefusedWith403() {
		long group = group(false, false);
		this.telegram.changeBotMembership(group, this.anna, "add");
		this.telegram.changeBotMembership(group, this.anna, "ban");
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(group, null, "hello?"))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(403))
			.withMessage("Forbidden: bot was kicked from the group chat");
	}

	@Test
	void botThatLeftOrNeverJoinedIsNotAMember() {
		long supergroup = group(true, false);
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(supergroup, null, "hello?"))
			.withMessage("Forbidden: bot is not a member of the supergroup chat");
		this.telegram.changeBotMembership(supergroup, this.anna, "add");
		assertThat(this.telegram.leaveChat(request(Map.of("chat_id", supergroup)))).isTrue();
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(supergroup, null, "hello?"))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(403))
			.withMessage("Forbidden: bot is not a member of the supergroup chat");
	}

	@Test
	void unknownGroupIsNotFound() {
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(-4_999_999_999L, null, "hello?"))
			.withMessage("Bad Request: chat not found");
	}

	@Test
	void migratedGroupAnswers400WithMigrateToChatId() throws Exception {
		long group = group(false, false);
		this.telegram.changeBotMembership(group, this.anna, "add");
		updates();
		long supergroup = (long) this.telegram.migrateGroup(group, this.anna).get("chatId");
		List<Message> service = updates().stream().map(Update::getMessage).toList();
		assertThat(service).hasSize(2);
		assertThat(service.get(0).getChat().getId()).isEqualTo(group);
		assertThat(service.get(0).getMigrateToChatId()).isEqualTo(supergroup);
		assertThat(service.get(1).getChat().getId()).isEqualTo(supergroup);
		assertThat(service.get(1).getChat().getType()).isEqualTo("supergroup");
		assertThat(service.get(1).getMigrateFromChatId()).isEqualTo(group);
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(group, null, "old place"))
			.satisfies((error) -> {
				assertThat(error.code()).isEqualTo(400);
				assertThat(error.migrateToChatId()).isEqualTo(supergroup);
			})
			.withMessage("Bad Request: group chat was upgraded to a supergroup chat");
		assertThat(send(supergroup, null, "new place").get("text")).isEqualTo("new place");
		assertThat(write(supergroup, this.anna, "/start", null, null).get("delivered")).isEqualTo(true);
	}

	@Test
	void groupsTopicsAndUpdateIdsSurviveARestart() throws Exception {
		long forum = group(true, true);
		this.telegram.joinGroup(forum, this.boris);
		this.telegram.changeBotMembership(forum, this.anna, "add");
		int topic = (int) this.telegram.createTopic(forum, this.anna, "Trainings").get("messageThreadId");
		long lastUpdateId = updates().stream().mapToLong(Update::getUpdateId).max().orElseThrow();
		this.telegram.close();
		this.telegram = sandbox();
		assertThat(this.telegram.groups()).singleElement()
			.satisfies((group) -> assertThat(group).containsEntry("chatId", forum)
				.containsEntry("botStatus", "member")
				.containsEntry("topics", List.of(new SandboxGroup.Topic(topic, "Trainings"))));
		assertThat(send(forum, topic, "after the restart").get("message_thread_id")).isEqualTo(topic);
		long next = (long) write(forum, this.boris, "/start", topic, null).get("updateId");
		assertThat(next).isEqualTo(lastUpdateId + 1);
	}

	@Test
	void freshStoreStartsUpdateIdsAtTheCurrentEpochSecondAndAfterACrashWithAMargin() {
		assertThat(SandboxTelegram.firstUpdateId(new SandboxState(), 1_780_000_000L)).isEqualTo(1_780_000_000L);
		SandboxState crashed = new SandboxState();
		crashed.nextUpdateId = 1_790_000_000L;
		assertThat(SandboxTelegram.firstUpdateId(crashed, 1_780_000_000L))
			.isEqualTo(1_790_000_000L + SandboxTelegram.UNSAVED_UPDATES_MARGIN);
		crashed.closedCleanly = true;
		assertThat(SandboxTelegram.firstUpdateId(crashed, 1_780_000_000L)).isEqualTo(1_790_000_000L);
		long now = Clock.systemUTC().millis() / 1000;
		long first = (long) this.telegram.userWrites(this.anna, "/start", false).get("updateId");
		assertThat(first).isBetween(now, (long) Integer.MAX_VALUE);
	}

	@Test
	void groupGetsTwentyMessagesAMinuteThen429() {
		this.telegram.close();
		this.telegram = sandbox(true);
		this.anna = this.telegram.users().iterator().next().id();
		long group = group(false, false);
		this.telegram.changeBotMembership(group, this.anna, "add");
		for (int i = 0; i < 20; i++) {
			send(group, null, "message " + i);
		}
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> send(group, null, "one too many"))
			.satisfies((error) -> {
				assertThat(error.code()).isEqualTo(429);
				assertThat(error.retryAfter()).isPositive();
			});
	}

	private SandboxTelegram sandbox() {
		return sandbox(false);
	}

	private SandboxTelegram sandbox(boolean limits) {
		SandboxSettings settings = new SandboxSettings(limits, 30, 1000, 20, Duration.ofSeconds(1), 20, Duration.ZERO,
				SandboxSettings.Access.LOOPBACK);
		return new SandboxTelegram(new SandboxStore(this.directory), Clock.systemUTC(), new SandboxLimits(settings));
	}

	private long group(boolean supergroup, boolean forum) {
		return (long) this.telegram.createGroup(this.anna, "Peace builders", supergroup, forum).get("chatId");
	}

	private Map<String, Object> write(long group, long user, String text, Integer threadId, Integer replyTo) {
		return this.telegram.userWritesInGroup(group, user, text, threadId, replyTo);
	}

	private Map<String, Object> send(long chatId, Integer threadId, String text) {
		Map<String, Object> parameters = new HashMap<>(Map.of("chat_id", chatId, "text", text));
		if (threadId != null) {
			parameters.put("message_thread_id", threadId);
		}
		return this.telegram.sendMessage(request(parameters));
	}

	private static BotApiRequest request(Map<String, Object> parameters) {
		return new BotApiRequest(parameters, Map.of());
	}

	@SuppressWarnings("unchecked")
	private List<SandboxMessage> transcript(long group) throws InterruptedException {
		return (List<SandboxMessage>) this.telegram.groupChat(group, 0, 0).get("messages");
	}

	/** The updates since the last call, read by TelegramBots' own classes. */
	private List<Update> updates() throws InterruptedException {
		List<Update> updates = this.telegram.getUpdates(this.offset, 100, 0)
			.stream()
			.map((update) -> TELEGRAMBOTS_JSON.convertValue(update, Update.class))
			.toList();
		if (!updates.isEmpty()) {
			this.offset = updates.get(updates.size() - 1).getUpdateId() + 1;
		}
		return updates;
	}

}
