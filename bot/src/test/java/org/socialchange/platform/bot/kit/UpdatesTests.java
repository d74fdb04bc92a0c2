package org.socialchange.platform.bot.kit;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberLeft;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.bot.kit.Updates.From;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UpdatesTests {

	private final From anna = Updates.user(42, "Anna", "hy");

	@Test
	void privateTextComesFromTheUserInTheirOwnChat() {
		Message message = Updates.text(this.anna, "hello").getMessage();
		assertThat(message.getText()).isEqualTo("hello");
		assertThat(message.getChatId()).isEqualTo(42L);
		assertThat(message.getChat().isUserChat()).isTrue();
		assertThat(message.getFrom().getFirstName()).isEqualTo("Anna");
		assertThat(message.getFrom().getLanguageCode()).isEqualTo("hy");
		assertThat(message.getFrom().getIsBot()).isFalse();
		assertThat(message.isCommand()).isFalse();
	}

	@Test
	void commandIsACommandOnceTheEntitiesWereRead() {
		Message message = Updates.command(this.anna, "/start invite_1").getMessage();
		assertThat(message.getEntities()).singleElement().satisfies((entity) -> {
			assertThat(entity.getType()).isEqualTo("bot_command");
			assertThat(entity.getOffset()).isZero();
			assertThat(entity.getLength()).isEqualTo("/start".length());
			assertThat(entity.getText()).isEqualTo("/start");
		});
		assertThat(message.isCommand()).isTrue();
	}

	@Test
	void updateAndMessageIdsIncrease() {
		Update first = Updates.text(this.anna, "one");
		Update second = Updates.text(this.anna, "two");
		assertThat(second.getUpdateId()).isGreaterThan(first.getUpdateId());
		assertThat(second.getMessage().getMessageId()).isGreaterThan(first.getMessage().getMessageId());
	}

	@Test
	void callbackPressesAButtonOfTheBotsMessage() {
		Update update = Updates.callback(this.anna, 7, "lang:hy");
		assertThat(update.hasCallbackQuery()).isTrue();
		assertThat(update.getCallbackQuery().getData()).isEqualTo("lang:hy");
		assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(42L);
		assertThat(update.getCallbackQuery().getMessage().getMessageId()).isEqualTo(7);
		assertThat(update.getCallbackQuery().getMessage().getChatId()).isEqualTo(42L);
		assertThat(update.getCallbackQuery().getMessage().isUserMessage()).isTrue();
		assertThat(((Message) update.getCallbackQuery().getMessage()).getFrom().getIsBot()).isTrue();
	}

	@Test
	void groupAndSupergroupMessagesHaveTheirChatTypes() {
		Message group = Updates.groupText(this.anna, -4321, "/digest").getMessage();
		assertThat(group.getChat().isGroupChat()).isTrue();
		assertThat(group.getChatId()).isEqualTo(-4321L);
		assertThat(group.getMessageThreadId()).isNull();
		Message supergroup = Updates.groupText(this.anna, -1001234567890L, "hi").getMessage();
		assertThat(supergroup.getChat().isSuperGroupChat()).isTrue();
		assertThat(supergroup.isTopicMessage()).isFalse();
	}

	@Test
	void topicMessageCarriesItsThreadInAForum() {
		Message message = Updates.groupText(this.anna, -1001234567890L, 15, "/join").getMessage();
		assertThat(message.getMessageThreadId()).isEqualTo(15);
		assertThat(message.isTopicMessage()).isTrue();
		assertThat(message.getChat().getIsForum()).isTrue();
		message.getEntities();
		assertThat(message.isCommand()).isTrue();
	}

	@Test
	void rejectsATopicInAPlainGroupAndAPositiveGroupId() {
		assertThatIllegalArgumentException().isThrownBy(() -> Updates.groupText(this.anna, -4321, 15, "hi"));
		assertThatIllegalArgumentException().isThrownBy(() -> Updates.groupText(this.anna, 4321, "hi"));
	}

	@Test
	void stickerAndPhotoHaveNoText() {
		Message sticker = Updates.sticker(this.anna).getMessage();
		assertThat(sticker.hasSticker()).isTrue();
		assertThat(sticker.hasText()).isFalse();
		Message photo = Updates.photo(this.anna, "our school").getMessage();
		assertThat(photo.hasPhoto()).isTrue();
		assertThat(photo.getCaption()).isEqualTo("our school");
		assertThat(photo.hasText()).isFalse();
	}

	@Test
	void editedMessageKeepsItsIdAndHasAnEditDate() {
		Update update = Updates.edited(this.anna, 3, "corrected");
		assertThat(update.hasMessage()).isFalse();
		assertThat(update.hasEditedMessage()).isTrue();
		assertThat(update.getEditedMessage().getMessageId()).isEqualTo(3);
		assertThat(update.getEditedMessage().getText()).isEqualTo("corrected");
		assertThat(update.getEditedMessage().getEditDate()).isNotNull();
	}

	@Test
	void myChatMemberSaysWhetherTheBotWasAddedRemovedBlockedOrUnblocked() {
		Update added = Updates.botAdded(this.anna, -1001234567890L);
		assertThat(added.getMyChatMember().getChat().isSuperGroupChat()).isTrue();
		assertThat(added.getMyChatMember().getFrom().getId()).isEqualTo(42L);
		assertThat(added.getMyChatMember().getOldChatMember()).isInstanceOf(ChatMemberLeft.class);
		assertThat(added.getMyChatMember().getNewChatMember()).isInstanceOf(ChatMemberMember.class);
		assertThat(added.getMyChatMember().getNewChatMember().getUser().getId()).isEqualTo(Updates.BOT_ID);
		Update removed = Updates.botRemoved(this.anna, -4321);
		assertThat(removed.getMyChatMember().getChat().isGroupChat()).isTrue();
		assertThat(removed.getMyChatMember().getNewChatMember()).isInstanceOf(ChatMemberLeft.class);
		Update blocked = Updates.blocked(this.anna);
		assertThat(blocked.getMyChatMember().getChat().isUserChat()).isTrue();
		assertThat(blocked.getMyChatMember().getNewChatMember()).isInstanceOf(ChatMemberBanned.class);
		Update unblocked = Updates.unblocked(this.anna);
		assertThat(unblocked.getMyChatMember().getOldChatMember()).isInstanceOf(ChatMemberBanned.class);
		assertThat(unblocked.getMyChatMember().getNewChatMember()).isInstanceOf(ChatMemberMember.class);
	}

}
