package org.socialchange.platform.bot.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.TelegramJson;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.identity.TelegramUserId;

/** Sends an educator the file of everything stored about them. */
@Component
class DataExport {

	private final Replies replies;

	private final Conversations conversations;

	DataExport(Replies replies, Conversations conversations) {
		this.replies = replies;
		this.conversations = conversations;
	}

	void send(Incoming incoming, Educator educator) {
		byte[] json;
		try {
			json = TelegramJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(data(educator));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		this.replies.sendDocument(incoming.chat(), "my-data.json", json, this.replies.text(incoming, "mydata.caption"));
	}

	private Map<String, Object> data(Educator educator) {
		Map<String, Object> data = fields(educator);
		List<Map<String, Object>> open = this.conversations.of(TelegramUserId.of(educator.telegramUserId()))
			.stream()
			.map(DataExport::conversation)
			.toList();
		data.put("conversations", open);
		return data;
	}

	private static Map<String, Object> conversation(Conversation conversation) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("chatId", conversation.chat().value());
		data.put("flow", conversation.flow());
		data.put("step", conversation.step());
		data.put("state", conversation.state());
		data.put("suspended", conversation.suspended());
		data.put("expiresAt", conversation.expiresAt().toString());
		return data;
	}

	static Map<String, Object> fields(Educator educator) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("telegramUserId", educator.telegramUserId());
		data.put("chatId", educator.chatId());
		data.put("language", educator.language().code());
		data.put("displayName", educator.displayName().orElse(null));
		data.put("country", educator.country().map(Enum::name).orElse(null));
		data.put("countryOther", educator.countryOther().orElse(null));
		data.put("region", educator.region().orElse(null));
		data.put("role", educator.role().map(Enum::name).orElse(null));
		data.put("topics", educator.topics().stream().map(Enum::name).toList());
		data.put("timeZone", educator.timeZone().map(Object::toString).orElse(null));
		data.put("network", educator.network().map(Enum::name).orElse(null));
		data.put("visibility", educator.visibility().name());
		data.put("joinedAt", educator.joinedAt().toString());
		data.put("consentedAt", educator.consentedAt().map(Object::toString).orElse(null));
		data.put("registeredAt", educator.registeredAt().map(Object::toString).orElse(null));
		data.put("broadcastsPaused", educator.paused());
		return data;
	}

}
