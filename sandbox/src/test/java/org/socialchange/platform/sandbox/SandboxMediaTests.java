package org.socialchange.platform.sandbox;

import java.nio.charset.StandardCharsets;
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
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Photos, albums and documents in the sandbox: users send them as Telegram clients do,
 * the bot sends them (uploaded or by file id) under Telegram's rules, in shapes
 * TelegramBots reads.
 */
class SandboxMediaTests {

	private static final ObjectMapper TELEGRAMBOTS_JSON = new ObjectMapper();

	@TempDir
	Path directory;

	SandboxTelegram telegram;

	long anna;

	long offset;

	@BeforeEach
	void start() {
		this.telegram = sandbox(false);
		this.anna = this.telegram.createUser("Anna", "en").id();
	}

	@AfterEach
	void stop() {
		this.telegram.close();
	}

	@Test
	void aUsersPhotoArrivesInTwoSizesWithAFreshFileIdEachTime() throws Exception {
		Map<String, Object> first = this.telegram.userSendsPhoto(this.anna, "Our <b>training</b>");
		Map<String, Object> second = this.telegram.userSendsPhoto(this.anna, " ");
		List<Message> received = messages();
		assertThat(received).hasSize(2);
		Message photo = received.get(0);
		assertThat(photo.hasPhoto()).isTrue();
		assertThat(photo.getPhoto()).hasSize(2);
		PhotoSize small = photo.getPhoto().get(0);
		PhotoSize large = photo.getPhoto().get(1);
		assertThat(large.getFileId()).isEqualTo(first.get("fileId"));
		assertThat(large.getWidth()).isGreaterThan(small.getWidth());
		assertThat(small.getFileUniqueId()).startsWith(large.getFileUniqueId());
		assertThat(photo.getCaption()).isEqualTo("Our <b>training</b>");
		assertThat(photo.getMediaGroupId()).isNull();
		assertThat(received.get(1).getCaption()).isNull();
		assertThat(second.get("fileId")).isNotEqualTo(first.get("fileId"));
		assertThat(received.get(1).getMessageId()).isEqualTo(second.get("messageId"));
	}

	@Test
	void aUsersAlbumArrivesAsSeparateUpdatesWithOneMediaGroupIdAndTheCaptionOnTheFirst() throws Exception {
		this.telegram.userWrites(this.anna, "/start", false);
		Map<String, Object> album = this.telegram.userSendsAlbum(this.anna, 3, "From the camp");
		List<Message> received = messages().subList(1, 4);
		assertThat(received).extracting(Message::getMessageId).containsExactly(2, 3, 4);
		assertThat(received).extracting(Message::getMessageId).containsExactlyElementsOf(ids(album.get("messageIds")));
		assertThat(received).extracting(Message::getMediaGroupId)
			.containsOnly((String) album.get("mediaGroupId"))
			.doesNotContainNull();
		assertThat(received).extracting(Message::getCaption).containsExactly("From the camp", null, null);
		assertThat(received).extracting((message) -> message.getPhoto().get(1).getFileId())
			.containsExactlyElementsOf(strings(album.get("fileIds")))
			.doesNotHaveDuplicates();
		assertThat(transcript(this.anna)).filteredOn((message) -> "photo".equals(message.kind()))
			.extracting((message) -> message.mediaGroupId)
			.containsOnly((String) album.get("mediaGroupId"));
	}

	@Test
	void anAlbumOfOneOrElevenPhotosIsNotWhatAUserCanSend() {
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> this.telegram.userSendsAlbum(this.anna, 1, null))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(400));
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.userSendsAlbum(this.anna, 11, null));
	}

	@Test
	void aUsersDocumentHasItsNameAndATypeGuessedFromIt() throws Exception {
		Map<String, Object> sent = this.telegram.userSendsDocument(this.anna, "report.pdf", null, "The report");
		Message message = messages().get(0);
		assertThat(message.hasDocument()).isTrue();
		assertThat(message.getDocument().getFileId()).isEqualTo(sent.get("fileId"));
		assertThat(message.getDocument().getFileUniqueId()).isNotBlank();
		assertThat(message.getDocument().getFileName()).isEqualTo("report.pdf");
		assertThat(message.getDocument().getMimeType()).isEqualTo("application/pdf");
		assertThat(message.getDocument().getFileSize()).isPositive();
		assertThat(message.getCaption()).isEqualTo("The report");
		this.telegram.userSendsDocument(this.anna, "notes.odt", "application/vnd.oasis.opendocument.text", null);
		assertThat(messages().get(0).getDocument().getMimeType()).isEqualTo("application/vnd.oasis.opendocument.text");
	}

	@Test
	void aUserCaptionOverTheLimitIsRefused() {
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.userSendsPhoto(this.anna, "x".repeat(1025)))
			.withMessage("Bad Request: message caption is too long");
	}

	@Test
	void theBotSendsAUsersPhotoBackByItsFileIdWithAnHtmlCaption() throws Exception {
		String fileId = (String) this.telegram.userSendsPhoto(this.anna, null).get("fileId");
		Message sent = message(this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", fileId, "caption",
				"<b>Ա</b> &amp; you 👩‍🏫", "parse_mode", "HTML"))));
		assertThat(sent.getPhoto()).last().satisfies((size) -> assertThat(size.getFileId()).isEqualTo(fileId));
		assertThat(sent.getCaption()).isEqualTo("Ա & you 👩‍🏫");
		assertThat(sent.getCaptionEntities()).singleElement().satisfies((entity) -> {
			assertThat(entity.getType()).isEqualTo("bold");
			assertThat(entity.getOffset()).isZero();
			assertThat(entity.getLength()).isEqualTo(1);
		});
		assertThat(sent.getFrom().getIsBot()).isTrue();
		SandboxMessage shown = transcript(this.anna).get(1);
		assertThat(shown.kind()).isEqualTo("photo");
		assertThat(shown.fileId()).isEqualTo(fileId);
		assertThat(shown.caption).isEqualTo("Ա & you 👩‍🏫");
		assertThat(shown.text).isNull();
	}

	@Test
	void theSmallSizeOfAPhotoNamesTheSamePhoto() {
		String fileId = (String) this.telegram.userSendsPhoto(this.anna, null).get("fileId");
		Message sent = message(this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", fileId + "-s"))));
		assertThat(sent.getPhoto()).last().satisfies((size) -> assertThat(size.getFileId()).isEqualTo(fileId));
	}

	@Test
	void aCaptionIsLimitedTo1024CharactersAfterEntityParsing() {
		String exactly = "<i>" + "Ա".repeat(1024) + "</i>";
		assertThat(message(this.telegram.sendDocument(request(
				Map.of("chat_id", this.anna, "document", document(), "caption", exactly, "parse_mode", "HTML"))))
			.getCaption()).hasSize(1024);
		String emoji = "😀".repeat(1024);
		assertThat(message(
				this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", photo(), "caption", emoji))))
			.getCaption()).isEqualTo(emoji);
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram
				.sendPhoto(request(Map.of("chat_id", this.anna, "photo", photo(), "caption", "x".repeat(1025)))))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(400))
			.withMessage("Bad Request: message caption is too long");
	}

	@Test
	void aMalformedHtmlCaptionIsRefusedAsForText() {
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.sendPhoto(request(
					Map.of("chat_id", this.anna, "photo", photo(), "caption", "<b>open", "parse_mode", "HTML"))))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(400))
			.withMessageStartingWith("Bad Request: can't parse entities");
	}

	@Test
	void anUnknownFileIdOrOneOfAnotherKindIsRefused() {
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", "photo-999"))))
			.withMessage("Bad Request: wrong file identifier/HTTP URL specified");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(
					() -> this.telegram.sendDocument(request(Map.of("chat_id", this.anna, "document", "made-up-id"))))
			.withMessage("Bad Request: wrong file identifier/HTTP URL specified");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.sendDocument(request(Map.of("chat_id", this.anna, "document", photo()))))
			.withMessage("Bad Request: can't use file of type Photo as Document");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.sendPhoto(request(Map.of("chat_id", this.anna))))
			.withMessage("Bad Request: there is no photo in the request");
	}

	@Test
	void anUploadedFileCanBeSentAgainByTheFileIdTelegramGaveIt() {
		Message uploaded = message(this.telegram.sendDocument(new BotApiRequest(
				new HashMap<>(Map.of("chat_id", this.anna)), Map.of("document", upload("plan.txt", "the plan")))));
		String fileId = uploaded.getDocument().getFileId();
		assertThat(uploaded.getDocument().getFileName()).isEqualTo("plan.txt");
		assertThat(uploaded.getDocument().getMimeType()).isEqualTo("text/plain");
		assertThat(new String(this.telegram.file(fileId), StandardCharsets.UTF_8)).isEqualTo("the plan");
		Message again = message(this.telegram.sendDocument(request(Map.of("chat_id", this.anna, "document", fileId))));
		assertThat(again.getDocument().getFileId()).isEqualTo(fileId);
		Message photo = message(this.telegram
			.sendPhoto(new BotApiRequest(new HashMap<>(Map.of("chat_id", this.anna, "photo", "attach://picture")),
					Map.of("picture", upload("p.jpg", "jpeg bytes")))));
		String photoId = photo.getPhoto().get(1).getFileId();
		assertThat(message(this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", photoId)))).getPhoto())
			.last()
			.satisfies((size) -> assertThat(size.getFileId()).isEqualTo(photoId));
	}

	@Test
	void anAlbumIsSentAsMessagesWithOneMediaGroupIdAndConsecutiveIds() throws Exception {
		List<String> fileIds = strings(this.telegram.userSendsAlbum(this.anna, 2, null).get("fileIds"));
		List<Map<String, Object>> sent = this.telegram.sendMediaGroup(new BotApiRequest(
				new HashMap<>(Map.of("chat_id", this.anna, "media",
						json(List.of(
								Map.of("type", "photo", "media", fileIds.get(0), "caption", "<b>Both</b>", "parse_mode",
										"HTML"),
								Map.of("type", "photo", "media", fileIds.get(1)),
								Map.of("type", "photo", "media", "attach://third"))))),
				Map.of("third", upload("third.jpg", "jpeg"))));
		List<Message> album = sent.stream().map(SandboxMediaTests::message).toList();
		assertThat(album).extracting(Message::getMessageId).containsExactly(3, 4, 5);
		assertThat(album).extracting(Message::getMediaGroupId)
			.doesNotContainNull()
			.containsOnly(album.get(0).getMediaGroupId());
		assertThat(album).extracting(Message::getCaption).containsExactly("Both", null, null);
		assertThat(album.get(0).getCaptionEntities()).extracting((entity) -> entity.getType()).containsExactly("bold");
		assertThat(album.subList(0, 2)).extracting((message) -> message.getPhoto().get(1).getFileId())
			.containsExactlyElementsOf(fileIds);
		assertThat(transcript(this.anna).subList(2, 5)).allSatisfy((message) -> {
			assertThat(message.fromBot).isTrue();
			assertThat(message.kind()).isEqualTo("photo");
			assertThat(message.mediaGroupId).isEqualTo(album.get(0).getMediaGroupId());
		});
		assertThat(album.get(0).getMediaGroupId()).isNotEqualTo(transcript(this.anna).get(0).mediaGroupId);
	}

	@Test
	void anAlbumOfDocumentsIsAllowed() {
		List<Map<String, Object>> sent = this.telegram.sendMediaGroup(request(Map.of("chat_id", this.anna, "media", List
			.of(Map.of("type", "document", "media", document()), Map.of("type", "document", "media", document())))));
		assertThat(sent).hasSize(2).allSatisfy((message) -> assertThat(message).containsKey("document"));
	}

	@Test
	void anAlbumNeedsItemsAtMostTenAndNoDocumentsAmongPhotos() {
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> album(List.of()))
			.withMessage("Bad Request: there are no messages to send");
		String photo = photo();
		List<Map<String, Object>> eleven = java.util.Collections.nCopies(11, Map.of("type", "photo", "media", photo));
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> album(eleven))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(400))
			.withMessage("Bad Request: too many messages to send as an album");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> album(
					List.of(Map.of("type", "photo", "media", photo), Map.of("type", "document", "media", document()))))
			.withMessage("Bad Request: document can't be mixed with other media types");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> album(List.of(Map.of("type", "photo", "media", photo),
					Map.of("type", "photo", "media", "nobody-sent-this"))))
			.withMessage("Bad Request: wrong file identifier/HTTP URL specified");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> album(List.of(Map.of("type", "photo", "media", photo),
					Map.of("type", "photo", "media", photo, "caption", "x".repeat(1025)))))
			.withMessage("Bad Request: message caption is too long");
		int before = transcript(this.anna).size();
		assertThat(before).as("a refused album sends nothing").isEqualTo(2);
	}

	@Test
	void anAlbumOfOneItemIsSentAsAMessageOfItsOwnAsTelegramDoes() {
		List<Map<String, Object>> sent = album(List.of(Map.of("type", "photo", "media", photo())));
		assertThat(sent).singleElement()
			.satisfies((message) -> assertThat(message).doesNotContainKey("media_group_id"));
	}

	@Test
	void aPhotoByItsHttpAddressIsFetchedAsTelegramDoesAndAReplyToItCarriesItsButtons() throws Exception {
		String keyboard = json(
				Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Yes", "callback_data", "tq:7:0")))));
		Message sent = message(
				this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", "https://example.org/lesson.jpg",
						"caption", "<b>Lesson</b>", "parse_mode", "HTML", "reply_markup", keyboard))));
		assertThat(sent.hasPhoto()).isTrue();
		assertThat(sent.getCaption()).isEqualTo("Lesson");
		assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("tq:7:0");
		String fileId = sent.getPhoto().get(sent.getPhoto().size() - 1).getFileId();
		assertThat(message(this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", fileId)))).hasPhoto())
			.isTrue();
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram
				.sendPhoto(request(Map.of("chat_id", this.anna, "photo", "ftp://example.org/lesson.jpg"))))
			.withMessage("Bad Request: wrong file identifier/HTTP URL specified");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram
				.sendDocument(request(Map.of("chat_id", this.anna, "document", "https://example.org/a.docx"))))
			.withMessage("Bad Request: wrong file identifier/HTTP URL specified");
		String chosen = json(
				Map.of("inline_keyboard", List.of(List.of(Map.of("text", "✅ Yes", "callback_data", "tq:7:0")))));
		Message edited = message(this.telegram.editMessageCaption(request(Map.of("chat_id", this.anna, "message_id",
				sent.getMessageId(), "caption", "<b>Lesson</b>", "parse_mode", "HTML", "reply_markup", chosen))));
		assertThat(edited.getReplyMarkup().getKeyboard().get(0).get(0).getText()).isEqualTo("✅ Yes");
		this.telegram.userWrites(this.anna, "My thoughts", false, sent.getMessageId());
		Message reply = messages().get(0);
		assertThat(reply.getReplyToMessage().getMessageId()).isEqualTo(sent.getMessageId());
		assertThat(reply.getReplyToMessage().hasPhoto()).isTrue();
		assertThat(reply.getReplyToMessage().getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData())
			.isEqualTo("tq:7:0");
	}

	@Test
	void theCaptionOfAPhotoCanBeEditedButNotToTheSameAndATextHasNone() {
		int photo = (int) this.telegram
			.sendPhoto(request(Map.of("chat_id", this.anna, "photo", photo(), "caption", "before")))
			.get("message_id");
		Message edited = message(this.telegram.editMessageCaption(request(
				Map.of("chat_id", this.anna, "message_id", photo, "caption", "<i>after</i>", "parse_mode", "HTML"))));
		assertThat(edited.getCaption()).isEqualTo("after");
		assertThat(edited.getEditDate()).isNotNull();
		assertThat(edited.getCaptionEntities()).extracting((entity) -> entity.getType()).containsExactly("italic");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.editMessageCaption(request(Map.of("chat_id", this.anna, "message_id", photo,
					"caption", "<i>after</i>", "parse_mode", "HTML"))))
			.withMessageStartingWith("Bad Request: message is not modified");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.editMessageCaption(
					request(Map.of("chat_id", this.anna, "message_id", photo, "caption", "y".repeat(1025)))))
			.withMessage("Bad Request: message caption is too long");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram
				.editMessageText(request(Map.of("chat_id", this.anna, "message_id", photo, "text", "now text"))))
			.withMessage("Bad Request: there is no text in the message to edit");
		assertThat(message(this.telegram.editMessageCaption(request(Map.of("chat_id", this.anna, "message_id", photo))))
			.getCaption()).isNull();
		int text = (int) this.telegram.sendMessage(request(Map.of("chat_id", this.anna, "text", "words")))
			.get("message_id");
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram
				.editMessageCaption(request(Map.of("chat_id", this.anna, "message_id", text, "caption", "a caption"))))
			.withMessage("Bad Request: there is no caption in the message to edit");
	}

	@Test
	void aUserWhoBlockedTheBotGetsNoPhoto() {
		String photo = photo();
		this.telegram.userBlocks(this.anna, true);
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", photo))))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(403))
			.withMessage("Forbidden: bot was blocked by the user");
		assertThatExceptionOfType(BotApiError.class).isThrownBy(
				() -> album(List.of(Map.of("type", "photo", "media", photo), Map.of("type", "photo", "media", photo))))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(403));
	}

	@Test
	void anAlbumGoesIntoAForumTopic() {
		long forum = (long) this.telegram.createGroup(this.anna, "Forum", true, true).get("chatId");
		this.telegram.changeBotMembership(forum, this.anna, "add");
		int topic = (int) this.telegram.createTopic(forum, this.anna, "Photos").get("messageThreadId");
		String photo = photo();
		List<Map<String, Object>> sent = this.telegram
			.sendMediaGroup(request(Map.of("chat_id", forum, "message_thread_id", topic, "media",
					List.of(Map.of("type", "photo", "media", photo), Map.of("type", "photo", "media", photo)))));
		assertThat(sent).allSatisfy((message) -> assertThat(message).containsEntry("message_thread_id", topic));
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram
				.sendPhoto(request(Map.of("chat_id", forum, "message_thread_id", 4242, "photo", photo))))
			.withMessage("Bad Request: message thread not found");
	}

	@Test
	void eachPhotoOfAnAlbumCountsAgainstTheFloodLimitsAndARefusedAlbumSendsNone() {
		this.telegram.close();
		this.telegram = sandbox(true);
		String photo = photo();
		List<Map<String, Object>> ten = java.util.Collections.nCopies(10, Map.of("type", "photo", "media", photo));
		album(ten);
		album(ten);
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> album(ten)).satisfies((error) -> {
			assertThat(error.code()).isEqualTo(429);
			assertThat(error.retryAfter()).isPositive();
		});
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", photo))))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(429));
		assertThat(this.telegram.stats(null)).containsEntry("accepted", 20L);
	}

	@Test
	void aGroupTakesTwentyPhotosAMinuteAlbumsIncluded() {
		this.telegram.close();
		this.telegram = sandbox(true);
		long group = (long) this.telegram.createGroup(this.anna, "Group", false, false).get("chatId");
		this.telegram.changeBotMembership(group, this.anna, "add");
		String photo = photo();
		List<Map<String, Object>> ten = java.util.Collections.nCopies(10, Map.of("type", "photo", "media", photo));
		this.telegram.sendMediaGroup(request(Map.of("chat_id", group, "media", ten)));
		this.telegram.sendMediaGroup(request(Map.of("chat_id", group, "media", ten.subList(0, 9))));
		this.telegram.sendPhoto(request(Map.of("chat_id", group, "photo", photo)));
		assertThatExceptionOfType(BotApiError.class)
			.isThrownBy(() -> this.telegram.sendPhoto(request(Map.of("chat_id", group, "photo", photo))))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(429));
	}

	@Test
	void filesSurviveARestart() {
		String photo = photo();
		this.telegram.close();
		this.telegram = sandbox(false);
		assertThat(message(this.telegram.sendPhoto(request(Map.of("chat_id", this.anna, "photo", photo)))).getPhoto())
			.last()
			.satisfies((size) -> assertThat(size.getFileId()).isEqualTo(photo));
		assertThat(this.telegram.userSendsPhoto(this.anna, null).get("fileId")).isNotEqualTo(photo);
	}

	@Test
	void otherMediaOfUsersKeepTheirKind() throws Exception {
		this.telegram.userSendsMedia(this.anna, "sticker");
		Map<String, Object> photo = this.telegram.userSendsMedia(this.anna, "photo");
		assertThat(transcript(this.anna)).extracting(SandboxMessage::kind).containsExactly("sticker", "photo");
		assertThat(messages().get(1).getPhoto()).last()
			.satisfies((size) -> assertThat(size.getFileId()).isEqualTo(photo.get("fileId")));
	}

	private List<Map<String, Object>> album(List<Map<String, Object>> media) {
		return this.telegram.sendMediaGroup(request(Map.of("chat_id", this.anna, "media", media)));
	}

	/** The file id of a new photo a user sent (and the bot read). */
	private String photo() {
		return (String) this.telegram.userSendsPhoto(this.anna, null).get("fileId");
	}

	private String document() {
		return (String) this.telegram.userSendsDocument(this.anna, "a.pdf", null, null).get("fileId");
	}

	private static BotApiRequest.Upload upload(String name, String content) {
		return new BotApiRequest.Upload(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static String json(Object value) {
		try {
			return TELEGRAMBOTS_JSON.writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BotApiRequest request(Map<String, Object> parameters) {
		return new BotApiRequest(new HashMap<>(parameters), Map.of());
	}

	private static Message message(Map<String, Object> json) {
		return TELEGRAMBOTS_JSON.convertValue(json, Message.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Integer> ids(Object list) {
		return (List<Integer>) list;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return (List<String>) list;
	}

	@SuppressWarnings("unchecked")
	private List<SandboxMessage> transcript(long userId) {
		try {
			return (List<SandboxMessage>) this.telegram.chat(userId, 0, 0).get("messages");
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The messages the bot received since the last call, read by TelegramBots. */
	private List<Message> messages() throws InterruptedException {
		List<Update> updates = this.telegram.getUpdates(this.offset, 100, 0)
			.stream()
			.map((update) -> TELEGRAMBOTS_JSON.convertValue(update, Update.class))
			.toList();
		if (!updates.isEmpty()) {
			this.offset = updates.get(updates.size() - 1).getUpdateId() + 1;
		}
		return updates.stream().map(Update::getMessage).toList();
	}

	private SandboxTelegram sandbox(boolean limits) {
		SandboxSettings settings = new SandboxSettings(limits, 30, 1000, 20, Duration.ofSeconds(1), 20, Duration.ZERO,
				SandboxSettings.Access.LOOPBACK);
		return new SandboxTelegram(new SandboxStore(this.directory), Clock.systemUTC(), new SandboxLimits(settings));
	}

}
