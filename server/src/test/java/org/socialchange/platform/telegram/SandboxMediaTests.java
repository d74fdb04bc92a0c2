package org.socialchange.platform.telegram;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.bot.TelegramSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Photos, albums and documents through the sandbox: users send them, and the real
 * TelegramBots client sends them back (by file id or uploaded), edits their captions and
 * is refused as Telegram would refuse it.
 */
@PlatformTest
class SandboxMediaTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	SandboxClient sandbox() {
		return new SandboxClient(this.port);
	}

	OkHttpTelegramClient client() {
		return sandbox().telegramClient();
	}

	@Test
	void aUsersAlbumReachesThePlatformAsSeparateUpdatesWithOneMediaGroupId() throws Exception {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Album", "en");
		JsonNode album = sandbox.sendAlbumAnswer(user, 3, "Our training");
		List<Long> updateIds = album.get("updateIds").valueStream().map(JsonNode::asLong).toList();
		assertThat(updateIds).hasSize(3).doesNotHaveDuplicates();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (received(updateIds) < 3 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(received(updateIds)).as("the platform received each photo as an update of its own").isEqualTo(3);
		List<JsonNode> photos = sandbox.chat(user)
			.get("messages")
			.valueStream()
			.filter((m) -> "photo".equals(m.get("kind").asString()))
			.toList();
		assertThat(photos).extracting((m) -> m.get("messageId").asInt())
			.containsExactlyElementsOf(sandbox.chat(user)
				.get("messages")
				.valueStream()
				.filter((m) -> m.get("mediaGroupId").isString())
				.map((m) -> m.get("messageId").asInt())
				.toList());
		assertThat(photos).extracting((m) -> m.get("mediaGroupId").asString())
			.containsOnly(album.get("mediaGroupId").asString());
		assertThat(photos).extracting((m) -> m.get("caption").isNull())
			.as("the caption is on the first photo only")
			.containsExactly(false, true, true);
		assertThat(photos.get(0).get("caption").asString()).isEqualTo("Our training");
		assertThat(photos).extracting((m) -> m.get("fileId").asString())
			.containsExactlyElementsOf(album.get("fileIds").valueStream().map(JsonNode::asString).toList());
	}

	@Test
	void theBotSendsAUsersPhotoBackByFileIdWithAnHtmlCaptionAndEditsIt() throws Exception {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Photo", "hy");
		String fileId = sandbox.sendPhotoFileId(user, "Mine");
		Message sent = client().execute(SendPhoto.builder()
			.chatId(user)
			.photo(new InputFile(fileId))
			.caption("<b>Ձեր</b> photo")
			.parseMode("HTML")
			.build());
		assertThat(sent.getPhoto()).last().satisfies((size) -> assertThat(size.getFileId()).isEqualTo(fileId));
		assertThat(sent.getCaption()).isEqualTo("Ձեր photo");
		assertThat(sent.getCaptionEntities()).singleElement().satisfies((entity) -> {
			assertThat(entity.getType()).isEqualTo("bold");
			assertThat(entity.getLength()).isEqualTo(3);
		});
		JsonNode shown = botMessage(sandbox, user, sent.getMessageId());
		assertThat(shown.get("kind").asString()).isEqualTo("photo");
		assertThat(shown.get("fileId").asString()).isEqualTo(fileId);
		assertThat(shown.get("caption").asString()).isEqualTo("Ձեր photo");

		EditMessageCaption edit = EditMessageCaption.builder()
			.chatId(user)
			.messageId(sent.getMessageId())
			.caption("Your photo")
			.build();
		client().execute(edit);
		assertThat(botMessage(sandbox, user, sent.getMessageId()).get("caption").asString()).isEqualTo("Your photo");
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> client().execute(edit))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(400);
				assertThat(ex.getApiResponse()).startsWith("Bad Request: message is not modified");
			});
	}

	@Test
	void theBotUploadsAPhotoAndADocumentAndSendsThemAgainByTheirFileIds() throws Exception {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Upload", "en");
		Message photo = client().execute(SendPhoto.builder()
			.chatId(user)
			.photo(new InputFile(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), "picture.jpg"))
			.build());
		String photoId = photo.getPhoto().get(photo.getPhoto().size() - 1).getFileId();
		assertThat(client().execute(SendPhoto.builder().chatId(user).photo(new InputFile(photoId)).build()).getPhoto())
			.last()
			.satisfies((size) -> assertThat(size.getFileId()).isEqualTo(photoId));
		Message document = client().execute(SendDocument.builder()
			.chatId(user)
			.document(new InputFile(new ByteArrayInputStream("the plan".getBytes(StandardCharsets.UTF_8)), "plan.txt"))
			.caption("The plan")
			.build());
		assertThat(document.getDocument().getFileName()).isEqualTo("plan.txt");
		assertThat(sandbox.file(document.getDocument().getFileId())).isEqualTo("the plan");
		Message again = client().execute(SendDocument.builder()
			.chatId(user)
			.document(new InputFile(document.getDocument().getFileId()))
			.build());
		assertThat(again.getDocument().getFileId()).isEqualTo(document.getDocument().getFileId());
		assertThat(botMessage(sandbox, user, again.getMessageId()).get("kind").asString()).isEqualTo("document");
	}

	@Test
	void theBotSendsAUsersDocumentBackByFileId() throws Exception {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Document", "ru");
		String fileId = sandbox.sendDocumentFileId(user, "report.pdf", "My report");
		Message sent = client()
			.execute(SendDocument.builder().chatId(user).document(new InputFile(fileId)).caption("Thanks").build());
		assertThat(sent.getDocument().getFileId()).isEqualTo(fileId);
		assertThat(sent.getDocument().getFileName()).isEqualTo("report.pdf");
		assertThat(sent.getDocument().getMimeType()).isEqualTo("application/pdf");
		JsonNode shown = botMessage(sandbox, user, sent.getMessageId());
		assertThat(shown.get("fileId").asString()).isEqualTo(fileId);
		assertThat(shown.get("caption").asString()).isEqualTo("Thanks");
		assertThat(sandbox.chat(user).get("messages").get(0).get("kind").asString()).isEqualTo("document");
	}

	@Test
	void theBotSendsAnAlbumOfKnownAndUploadedPhotos() throws Exception {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Albums", "en");
		String first = sandbox.sendPhotoFileId(user, null);
		String second = sandbox.sendPhotoFileId(user, null);
		InputMediaPhoto captioned = InputMediaPhoto.builder()
			.media(first)
			.caption("<i>Camp</i>")
			.parseMode("HTML")
			.build();
		InputMediaPhoto uploaded = new InputMediaPhoto(new ByteArrayInputStream(new byte[] { 9 }), "third.jpg");
		List<Message> album = client().execute(
				new SendMediaGroup(String.valueOf(user), List.of(captioned, new InputMediaPhoto(second), uploaded)));
		assertThat(album).hasSize(3);
		assertThat(album).extracting(Message::getMediaGroupId)
			.doesNotContainNull()
			.containsOnly(album.get(0).getMediaGroupId());
		assertThat(album).extracting(Message::getMessageId)
			.containsExactly(album.get(0).getMessageId(), album.get(0).getMessageId() + 1,
					album.get(0).getMessageId() + 2);
		assertThat(album).extracting(Message::getCaption).containsExactly("Camp", null, null);
		assertThat(album.subList(0, 2)).extracting((m) -> m.getPhoto().get(m.getPhoto().size() - 1).getFileId())
			.containsExactly(first, second);
		assertThat(sandbox.botMessages(user)).filteredOn((m) -> "photo".equals(m.get("kind").asString()))
			.extracting((m) -> m.get("mediaGroupId").asString())
			.containsExactly(album.get(0).getMediaGroupId(), album.get(0).getMediaGroupId(),
					album.get(0).getMediaGroupId());
	}

	@Test
	void refusesWhatTelegramRefuses() {
		SandboxClient sandbox = sandbox();
		long user = sandbox.createUser("Strict", "en");
		String photo = sandbox.sendPhotoFileId(user, null);
		String document = sandbox.sendDocumentFileId(user, "a.pdf", null);
		assertThat(
				refusal(SendPhoto.builder().chatId(user).photo(new InputFile(photo)).caption("x".repeat(1025)).build()))
			.isEqualTo("Bad Request: message caption is too long");
		assertThat(refusal(SendPhoto.builder()
			.chatId(user)
			.photo(new InputFile(photo))
			.caption("<b>open")
			.parseMode("HTML")
			.build())).startsWith("Bad Request: can't parse entities");
		assertThat(refusal(SendPhoto.builder().chatId(user).photo(new InputFile("nobody-sent-this")).build()))
			.isEqualTo("Bad Request: wrong file identifier/HTTP URL specified");
		assertThat(refusal(SendDocument.builder().chatId(user).document(new InputFile("nobody-sent-this")).build()))
			.isEqualTo("Bad Request: wrong file identifier/HTTP URL specified");
		// TelegramBots refuses a mixed album itself, so it goes to the sandbox as JSON
		HttpResponse<String> mixed = botApi(sandbox, "sendMediaGroup", "application/json",
				"{\"chat_id\": " + user + ", \"media\": [{\"type\": \"photo\", \"media\": \"" + photo
						+ "\"}, {\"type\": \"document\", \"media\": \"" + document + "\"}]}");
		assertThat(mixed.statusCode()).isEqualTo(400);
		assertThat(mixed.body()).isEqualTo("{\"ok\":false,\"error_code\":400,"
				+ "\"description\":\"Bad Request: document can't be mixed with other media types\"}");
		HttpResponse<String> form = botApi(sandbox, "sendPhoto", "application/x-www-form-urlencoded", "chat_id=" + user
				+ "&photo=" + photo + "&caption=" + URLEncoder.encode("As a form", StandardCharsets.UTF_8));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("\"caption\":\"As a form\"");
		sandbox.block(user);
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> client().execute(SendPhoto.builder().chatId(user).photo(new InputFile(photo)).build()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(403));
	}

	private static HttpResponse<String> botApi(SandboxClient sandbox, String method, String contentType, String body) {
		return sandbox.raw(HttpRequest
			.newBuilder(URI
				.create(sandbox.base() + "/sandbox/telegram/bot" + TelegramSettings.SANDBOX_TOKEN + "/" + method))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private String refusal(SendPhoto method) {
		TelegramApiRequestException ex = org.junit.jupiter.api.Assertions
			.assertThrows(TelegramApiRequestException.class, () -> client().execute(method));
		assertThat(ex.getErrorCode()).isEqualTo(400);
		return ex.getApiResponse();
	}

	private String refusal(SendDocument method) {
		TelegramApiRequestException ex = org.junit.jupiter.api.Assertions
			.assertThrows(TelegramApiRequestException.class, () -> client().execute(method));
		assertThat(ex.getErrorCode()).isEqualTo(400);
		return ex.getApiResponse();
	}

	private static JsonNode botMessage(SandboxClient sandbox, long user, int messageId) {
		return sandbox.botMessages(user)
			.stream()
			.filter((m) -> m.get("messageId").asInt() == messageId)
			.findFirst()
			.orElseThrow();
	}

	private int received(List<Long> updateIds) {
		return this.jdbc.queryForObject("select count(*) from telegram_updates where update_id = any(?)", Integer.class,
				(Object) updateIds.toArray(Long[]::new));
	}

}
