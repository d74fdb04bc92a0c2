package org.socialchange.platform.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message of a sandbox chat, as the chat page shows it; in a group also who wrote it,
 * its topic, the message it replies to, or what a service message says.
 */
class SandboxMessage {

	public int messageId;

	public boolean fromBot;

	public String text;

	/** What the bot sent, before Telegram parsed it. */
	public String source;

	public String parseMode;

	public List<List<Map<String, Object>>> inlineKeyboard;

	public boolean edited;

	public SandboxDocument document;

	public long date;

	/** The user who wrote it in a group; null for the bot and in private chats. */
	public Long fromUserId;

	public String fromName;

	/** The forum topic; null in the General topic and outside forums. */
	public Integer threadId;

	public Integer replyToMessageId;

	public List<Map<String, Object>> entities;

	/**
	 * The Bot API fields of a service message (new members, topic created, migration);
	 * its {@link #text} then describes it for the page.
	 */
	public Map<String, Object> service;

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
		if (this.service != null) {
			json.putAll(this.service);
		}
		else if (this.document != null) {
			json.put("document", Map.of("file_id", this.document.fileId(), "file_unique_id", this.document.fileId(),
					"file_name", this.document.fileName(), "file_size", this.document.size()));
			if (this.text != null) {
				json.put("caption", this.text);
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

	/** A file the bot sent. */
	record SandboxDocument(String fileId, String fileName, long size) {
	}

}
