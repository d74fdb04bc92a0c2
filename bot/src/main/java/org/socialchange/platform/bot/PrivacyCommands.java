package org.socialchange.platform.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.translations.Language;

/**
 * The educator's control over their data: {@code /mydata}, {@code /delete} (after
 * confirmation), {@code /stop} and {@code /resume}.
 */
final class PrivacyCommands {

	private PrivacyCommands() {
	}

	/** {@code /mydata}: a JSON file with everything stored about the educator. */
	@Component
	static class MyData implements CommandHandler {

		private final DataExport export;

		private final Replies replies;

		MyData(DataExport export, Replies replies) {
			this.export = export;
			this.replies = replies;
		}

		@Override
		public String command() {
			return "mydata";
		}

		@Override
		public void handle(Incoming incoming, String argument) {
			incoming.educator()
				.ifPresentOrElse((educator) -> this.export.send(incoming, educator), () -> this.replies
					.send(incoming.chatId(), this.replies.text(incoming, "profile.notRegistered")));
		}

	}

	/** {@code /delete}: asks for confirmation, then erases irreversibly. */
	@Component
	static class Delete implements CommandHandler, CallbackHandler {

		static final String PREFIX = "del";

		private final EducatorManagement educators;

		private final Replies replies;

		Delete(EducatorManagement educators, Replies replies) {
			this.educators = educators;
			this.replies = replies;
		}

		@Override
		public String command() {
			return "delete";
		}

		@Override
		public String prefix() {
			return PREFIX;
		}

		@Override
		public void handle(Incoming incoming, String argument) {
			if (incoming.educator().isEmpty()) {
				this.replies.send(incoming.chatId(), this.replies.text(incoming, "profile.notRegistered"));
				return;
			}
			this.replies.send(incoming.chatId(), this.replies.text(incoming, "delete.confirm"),
					Keyboards.rows(List.of(Keyboards.button(this.replies.text(incoming, "delete.yes"), PREFIX, "yes"),
							Keyboards.button(this.replies.text(incoming, "delete.no"), PREFIX, "no")), 1));
		}

		@Override
		public boolean handle(Incoming incoming, CallbackQuery query, String value) {
			if (incoming.educator().isEmpty() || !List.of("yes", "no").contains(value)) {
				return false;
			}
			Language language = incoming.educator().get().language();
			this.replies.answer(query.getId(), null);
			if ("yes".equals(value)) {
				this.educators.erase(incoming.from().getId());
			}
			String done = this.replies.text(language, "yes".equals(value) ? "delete.done" : "delete.kept", Map.of());
			this.replies.edit(incoming.chatId(), query.getMessage().getMessageId(), done, null);
			return true;
		}

	}

	/**
	 * {@code /stop} pauses broadcasts and prompts (interactive replies go on);
	 * {@code /resume} turns them back on.
	 */
	abstract static class Pausing implements CommandHandler {

		private final EducatorManagement educators;

		private final Replies replies;

		private final boolean pause;

		Pausing(EducatorManagement educators, Replies replies, boolean pause) {
			this.educators = educators;
			this.replies = replies;
			this.pause = pause;
		}

		@Override
		public String command() {
			return this.pause ? "stop" : "resume";
		}

		@Override
		public void handle(Incoming incoming, String argument) {
			if (incoming.educator().isEmpty()) {
				this.replies.send(incoming.chatId(), this.replies.text(incoming, "profile.notRegistered"));
				return;
			}
			long user = incoming.from().getId();
			if (this.pause) {
				this.educators.pause(user);
			}
			else {
				this.educators.resume(user);
			}
			this.replies.send(incoming.chatId(), this.replies.text(incoming, command() + ".done"));
		}

	}

	@Component
	static class Stop extends Pausing {

		Stop(EducatorManagement educators, Replies replies) {
			super(educators, replies, true);
		}

	}

	@Component
	static class Resume extends Pausing {

		Resume(EducatorManagement educators, Replies replies) {
			super(educators, replies, false);
		}

	}

	/** What {@code /mydata} puts in the file, field by field. */
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
