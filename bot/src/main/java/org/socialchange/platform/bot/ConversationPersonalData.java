package org.socialchange.platform.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PersonalData;

/**
 * The conversations the bot holds with a person: exported with the answers they hold so
 * far, and forgotten on erasure.
 */
@Component
class ConversationPersonalData implements PersonalData {

	private final Conversations conversations;

	ConversationPersonalData(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public String section() {
		return "conversations";
	}

	@Override
	public Set<String> tables() {
		return Set.of("conversations");
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		List<Map<String, Object>> open = this.conversations.of(subject.telegramUserId())
			.stream()
			.map(ConversationPersonalData::fields)
			.toList();
		return open.isEmpty() ? Map.of() : Map.of("open", open);
	}

	@Override
	public void erase(DataSubject subject) {
		this.conversations.forget(subject.telegramUserId());
	}

	private static Map<String, Object> fields(Conversation conversation) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("chatId", conversation.chat().value());
		data.put("flow", conversation.flow());
		data.put("step", conversation.step());
		data.put("state", conversation.state());
		data.put("suspended", conversation.suspended());
		data.put("expiresAt", conversation.expiresAt().toString());
		return data;
	}

}
