package org.socialchange.platform.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One message of a sandbox chat, as the chat page shows it; in a group also who wrote it,
 * its topic, the message it replies to, or what a service message says. A photo or a
 * document carries its file and its caption, an album's messages one media group id.
 */
class SandboxMessage {

	public int messageId;

	public boolean fromBot;

	/**
	 * What a text message says; null for photos and documents, whose words are a caption.
	 */
	public String text;

	/** What the bot sent (text or caption), before Telegram parsed it. */
	public String source;

	public String parseMode;

	public List<List<Map<String, Object>>> inlineKeyboard;

	public boolean edited;

	/**
	 * What kind of message it is when not text: {@code photo}, {@code document}, or what
	 * else a user sent ({@code sticker}, {@code voice}, ...).
	 */
	public String kind;

	/** The sizes of a photo, smallest first, as Telegram gives them. */
	public List<PhotoSize> photo;

	public SandboxDocument document;

	/** The caption of a photo or document as a reader sees it; null when it has none. */
	public String caption;

	/** The album the message belongs to. */
	public String mediaGroupId;

	public long date;

	/**
	 * When Telegram took the message, in epoch milliseconds: how long the bot took to
	 * answer, as Telegram sees it; 0 in chats saved before it was kept.
	 */
	public long millis;

	/** The user who wrote it in a group; null for the bot and in private chats. */
	public Long fromUserId;

	public String fromName;

	/** The forum topic; null in the General topic and outside forums. */
	public Integer threadId;

	public Integer replyToMessageId;

	/** The entities of the text, or of the caption of a photo or document. */
	public List<Map<String, Object>> entities;

	/**
	 * The Bot API fields of a service message (new members, topic created, migration);
	 * its {@link #text} then describes it for the page.
	 */
	public Map<String, Object> service;

	/**
	 * {@code text}, {@code photo}, {@code document}, {@code service}, or what else a user
	 * sent.
	 */
	@JsonProperty("kind")
	String kind() {
		if (this.kind != null) {
			return this.kind;
		}
		if (this.service != null) {
			return "service";
		}
		if (this.photo != null) {
			return "photo";
		}
		return (this.document != null) ? "document" : "text";
	}

	/** The file of a photo (its largest size) or document; null for other messages. */
	@JsonProperty(value = "fileId", access = JsonProperty.Access.READ_ONLY)
	String fileId() {
		if (this.photo != null && !this.photo.isEmpty()) {
			return this.photo.get(this.photo.size() - 1).fileId();
		}
		return (this.document != null) ? this.document.fileId() : null;
	}

	/**
	 * The caption, or for a document from before captions had their own field its text.
	 */
	private String captionText() {
		return (this.caption != null) ? this.caption : this.text;
	}

	/** The message in the Bot API's format. */
	Map<String, Object> toBotApi(Map<String, Object> from, Map<String, Object> chat) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("message_id", this.messageId);
		json.put("from", from);
		json.put("chat", chat);
		json.put("date", this.date);
		if (this.threadId != null) {
			json.put("message_thread_id", this.threadId);
			json.put("is_topic_message", true);
		}
		if (this.edited) {
			json.put("edit_date", this.date);
		}
		if (this.mediaGroupId != null) {
			json.put("media_group_id", this.mediaGroupId);
		}
		if (this.service != null) {
			json.putAll(this.service);
		}
		else if (this.photo != null || this.document != null) {
			if (this.photo != null) {
				json.put("photo", this.photo.stream().map(PhotoSize::toBotApi).toList());
			}
			else {
				json.put("document", this.document.toBotApi());
			}
			String caption = captionText();
			if (caption != null) {
				json.put("caption", caption);
				if (this.entities != null && !this.entities.isEmpty()) {
					json.put("caption_entities", this.entities);
				}
			}
		}
		else {
			json.put("text", this.text);
			if (this.entities != null && !this.entities.isEmpty()) {
				json.put("entities", this.entities);
			}
		}
		if (this.inlineKeyboard != null) {
			json.put("reply_markup", Map.of("inline_keyboard", this.inlineKeyboard));
		}
		return json;
	}

	/** A document: one the bot uploaded (kept in the store) or a user sent. */
	record SandboxDocument(String fileId, String fileName, long size, String fileUniqueId, String mimeType) {

		SandboxDocument(String fileId, String fileName, long size) {
			this(fileId, fileName, size, fileId, null);
		}

		Map<String, Object> toBotApi() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file_id", this.fileId);
			json.put("file_unique_id", (this.fileUniqueId != null) ? this.fileUniqueId : this.fileId);
			if (this.fileName != null) {
				json.put("file_name", this.fileName);
			}
			if (this.mimeType != null) {
				json.put("mime_type", this.mimeType);
			}
			json.put("file_size", this.size);
			return json;
		}

	}

	/** One size of a photo. */
	record PhotoSize(String fileId, String fileUniqueId, int width, int height, long fileSize) {

		Map<String, Object> toBotApi() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file_id", this.fileId);
			json.put("file_unique_id", this.fileUniqueId);
			json.put("file_size", this.fileSize);
			json.put("width", this.width);
			json.put("height", this.height);
			return json;
		}

	}

}
