package org.socialchange.platform.bot;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;

/** Sends an educator the file of everything stored about them. */
@Component
class DataExport {

	private final Replies replies;

	DataExport(Replies replies) {
		this.replies = replies;
	}

	void send(Incoming incoming, Educator educator) {
		byte[] json;
		try {
			json = TelegramConfiguration.TELEGRAM_JSON.writer(SerializationFeature.INDENT_OUTPUT)
				.writeValueAsBytes(PrivacyCommands.fields(educator));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		this.replies.sendDocument(incoming.chatId(), "my-data.json", json,
				this.replies.text(educator.language(), "mydata.caption", Map.of()));
	}

}
