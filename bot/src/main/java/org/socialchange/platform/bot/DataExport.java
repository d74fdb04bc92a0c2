package org.socialchange.platform.bot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;

/** Sends an educator the file of everything stored about them. */
@Component
class DataExport {

	private final TelegramClient telegram;

	private final Replies replies;

	DataExport(TelegramClient telegram, Replies replies) {
		this.telegram = telegram;
		this.replies = replies;
	}

	void send(Incoming incoming, Educator educator) {
		byte[] json;
		try {
			json = TelegramConfiguration.TELEGRAM_JSON.writer(SerializationFeature.INDENT_OUTPUT)
				.writeValueAsString(PrivacyCommands.fields(educator))
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		SendDocument document = SendDocument.builder()
			.chatId(incoming.chatId())
			.document(new InputFile(new ByteArrayInputStream(json), "my-data.json"))
			.caption(this.replies.text(educator.language(), "mydata.caption", Map.of()))
			.build();
		try {
			this.telegram.execute(document);
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("Could not send the data export", ex);
		}
	}

}
