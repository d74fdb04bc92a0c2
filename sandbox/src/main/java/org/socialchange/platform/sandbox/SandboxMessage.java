package org.socialchange.platform.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message of a sandbox chat, as the chat page shows it.
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

	/** The message in the Bot API's format. */
	Map<String, Object> toBotApi(Map<String, Object> from, Map<String, Object> chat) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("message_id", this.messageId);
		json.put("from", from);
		json.put("chat", chat);
		json.put("date", this.date);
		if (this.edited) {
			json.put("edit_date", this.date);
		}
		if (this.document != null) {
			json.put("document", Map.of("file_id", this.document.fileId(), "file_unique_id", this.document.fileId(),
					"file_name", this.document.fileName(), "file_size", this.document.size()));
			if (this.text != null) {
				json.put("caption", this.text);
			}
		}
		else {
			json.put("text", this.text);
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
