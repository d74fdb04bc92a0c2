package org.socialchange.platform.bot;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.socialchange.platform.bot.kit.Updates;
import org.socialchange.platform.bot.kit.Updates.From;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class UpdateDispatcherTests {

	static final From ANI = Updates.user(501, "Ani", "hy");

	static final long FORUM = Updates.SUPERGROUPS - 77;

	EducatorManagement educators = mock(EducatorManagement.class);

	Conversations conversations = mock(Conversations.class);

	List<Incoming> profileCalls = new java.util.ArrayList<>();

	BotKernel kernel;

	UpdateDispatcher dispatcher;

	@BeforeEach
	void setUp() {
		CommandHandler profile = new StubCommand("profile", 10, Set.of(ChatType.PRIVATE), true, this.profileCalls::add);
		this.kernel = new BotKernel(profile);
		HelpCommand help = new HelpCommand(this.kernel.replies, this.kernel.menu);
		given(this.educators.find(any())).willReturn(Optional.empty());
		given(this.conversations.active(any(), any())).willReturn(Optional.empty());
		this.dispatcher = new UpdateDispatcher(this.educators, List.of(profile, help), List.of(), new Flows(List.of()),
				List.of(), List.of(), this.conversations, help, this.kernel.replies,
				new BotIdentity(this.kernel.telegram));
	}

	@Test
	void groupMessagesThatAreNotForTheBotAreDroppedWithoutTouchingTheDatabase() {
		assertThat(this.dispatcher.concerns(Updates.groupText(ANI, FORUM, 9, "Good morning, colleagues"))).isFalse();
		assertThat(this.dispatcher.concerns(Updates.groupText(ANI, FORUM, 9, "/help@another_bot"))).isFalse();
		assertThat(this.dispatcher.concerns(Updates.groupText(ANI, FORUM, 9, "/profile"))).as("private only").isFalse();
		assertThat(this.dispatcher.concerns(Updates.edited(ANI, 3, "changed"))).isFalse();
		verifyNoInteractions(this.educators, this.conversations);
		assertThat(this.dispatcher.concerns(Updates.groupText(ANI, FORUM, 9, "/help@test_bot"))).isTrue();
		assertThat(this.dispatcher.concerns(Updates.groupText(ANI, FORUM, 9, "/help"))).isTrue();
	}

	@Test
	void aCommandInAForumTopicIsAnsweredInThatTopic() {
		this.dispatcher.dispatch(Updates.groupText(ANI, FORUM, 9, "/help@test_bot"));
		SendMessage answer = this.kernel.telegram.calls(SendMessage.class).get(0);
		assertThat(answer.getChatId()).isEqualTo(String.valueOf(FORUM));
		assertThat(answer.getMessageThreadId()).isEqualTo(9);
		assertThat(answer.getText()).isEqualTo(BotKernel.MESSAGES.format(Language.HY, "group.help"));
	}

	@Test
	void aCommandThatNeedsRegistrationTellsAStrangerToRegisterFirst() {
		this.dispatcher.dispatch(Updates.command(ANI, "/profile"));
		assertThat(this.profileCalls).isEmpty();
		assertThat(this.kernel.telegram.lastText(ANI.id()))
			.isEqualTo(BotKernel.MESSAGES.format(Language.HY, "profile.notRegistered"));
	}

	@Test
	void forgedOrUnknownButtonDataIsAnsweredAsStale() {
		for (String data : List.of("reg:NOPE", "nothing", "prof:", "zzz:1")) {
			this.dispatcher.dispatch(Updates.callback(ANI, 12, data));
		}
		List<AnswerCallbackQuery> answers = this.kernel.telegram.calls(AnswerCallbackQuery.class);
		assertThat(answers).hasSize(4)
			.allSatisfy((answer) -> assertThat(answer.getText())
				.isEqualTo(BotKernel.MESSAGES.format(Language.HY, "callback.stale")));
	}

	@Test
	void blockingAndUnblockingInAPrivateChatMarkTheEducator() {
		this.dispatcher.dispatch(Updates.blocked(ANI));
		verify(this.educators).markUnreachable(ChatId.of(ANI.id()));
		this.dispatcher.dispatch(Updates.unblocked(ANI));
		verify(this.educators).markReachable(ChatId.of(ANI.id()));
	}

	@Test
	void theBotsMembershipInAGroupReachesTheGroupHandlers() {
		List<String> heard = new java.util.ArrayList<>();
		GroupMembershipHandler handler = (incoming, change) -> heard.add(incoming.chat().type() + " "
				+ change.getNewChatMember().getStatus() + " by " + incoming.from().getId());
		HelpCommand help = new HelpCommand(this.kernel.replies, this.kernel.menu);
		UpdateDispatcher withHandler = new UpdateDispatcher(this.educators, List.of(help), List.of(),
				new Flows(List.of()), List.of(handler), List.of(), this.conversations, help, this.kernel.replies,
				new BotIdentity(this.kernel.telegram));
		Update added = Updates.botAdded(ANI, FORUM);
		withHandler.dispatch(added);
		withHandler.dispatch(Updates.botRemoved(ANI, FORUM));
		assertThat(heard).containsExactly("SUPERGROUP member by 501", "SUPERGROUP left by 501");
	}

	@Test
	void theMenuListsCommandsByTheirDeclaredOrderAndGroupsGetOnlyThoseThatWorkThere() {
		assertThat(this.kernel.privateCommands()).containsExactly("profile");
		BotKernel withHelp = new BotKernel(new HelpCommand(this.kernel.replies, this.kernel.menu),
				new StubCommand("zeta", 5, Set.of(ChatType.PRIVATE)), new StubCommand("hidden", -1, Set.of()));
		assertThat(withHelp.privateCommands()).containsExactly("zeta", "help");
		assertThat(withHelp.menu.commands(ChatType.SUPERGROUP)).containsExactly("help");
	}

	/** A command that declares itself and records its calls. */
	record StubCommand(String command, int order, Set<ChatType> chats, boolean needsRegistration,
			Consumer<Incoming> calls) implements CommandHandler {

		StubCommand(String command, int order, Set<ChatType> chats) {
			this(command, order, chats, false, (incoming) -> {
			});
		}

		@Override
		public void handle(Incoming incoming, String argument) {
			this.calls.accept(incoming);
		}

	}

}
