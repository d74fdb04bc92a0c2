package org.socialchange.platform.bot.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.TelegramJson;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PrivacyManagement;

/**
 * Sends an educator the file of everything stored about them: one section per feature
 * that keeps anything (profile, conversations, messages, ...).
 */
@Component
class DataExport {

	private final Replies replies;

	private final PrivacyManagement privacy;

	DataExport(Replies replies, PrivacyManagement privacy) {
		this.replies = replies;
		this.privacy = privacy;
	}

	void send(Incoming incoming, Educator educator) {
		DataSubject subject = DataSubject.of(educator.id(), educator.telegramUserId(), educator.chatId());
		byte[] json;
		try {
			json = TelegramJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT)
				.writeValueAsBytes(this.privacy.export(subject));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		this.replies.sendDocument(incoming.chat(), "my-data.json", json, this.replies.text(incoming, "mydata.caption"));
	}

}
