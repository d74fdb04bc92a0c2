package org.socialchange.platform.journeys;

import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

/**
 * What an educator does in the sandbox, for journeys: registers and is approved, sends
 * commands, presses buttons by their label, and waits for what the bot shows.
 */
final class Journey {

	final SandboxClient sandbox;

	private final Messages messages;

	private final EducatorManagement educators;

	Journey(SandboxClient sandbox, Messages messages, EducatorManagement educators) {
		this.sandbox = sandbox;
		this.messages = messages;
		this.educators = educators;
	}

	/** Registers through the bot and is approved by a coordinator of their country. */
	long member(String name, Language language, String country) {
		long user = this.sandbox.createUser(name, language.code());
		new Registrations(this.sandbox, this.messages).register(user, language, country,
				"RU".equals(country) ? "Europe/Moscow" : null);
		this.educators.approve(EducatorId.of(educator(user).id()), 0, "coordinator@example.org", EducatorScope.all());
		awaitText(user, 0, text(language, "admission.approved"));
		return user;
	}

	Educator educator(long user) {
		return this.educators.find(TelegramUserId.of(user)).orElseThrow();
	}

	/** Writes and waits for the bot's first answer after it. */
	JsonNode command(long user, String command) {
		return this.sandbox.awaitBotMessage(user, this.sandbox.write(user, command));
	}

	/**
	 * Waits for a bot message after {@code after} whose visible text contains the
	 * catalogue text.
	 */
	JsonNode awaitText(long user, int after, String html) {
		String visible = Registrations.visible(html);
		return this.sandbox.awaitBotMessage(user, after, (m) -> textOf(m).contains(visible));
	}

	void press(long user, JsonNode message, String label) {
		String data = message.get("inlineKeyboard")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.filter((button) -> button.get("text").asString().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No button «" + label + "» in " + message))
			.get("callback_data")
			.asString();
		this.sandbox.press(user, message.get("messageId").asInt(), data);
	}

	/** Waits until the message (edited in place) shows this text. */
	JsonNode awaitEdit(long user, JsonNode message, String html) {
		int id = message.get("messageId").asInt();
		String visible = Registrations.visible(html);
		Predicate<JsonNode> edited = (m) -> m.get("messageId").asInt() == id && textOf(m).contains(visible);
		return this.sandbox.awaitChat(user, (chat) -> chat.get("messages").valueStream().anyMatch(edited))
			.get("messages")
			.valueStream()
			.filter(edited)
			.findFirst()
			.orElseThrow();
	}

	String text(Language language, String key) {
		return this.messages.format(language, key);
	}

	String text(Language language, String key, Map<String, ?> arguments) {
		return this.messages.format(language, key, arguments);
	}

	/**
	 * Waits (20 s at most) until the condition holds; the description says what was seen.
	 */
	static void await(java.util.function.Supplier<Boolean> condition, java.util.function.Supplier<String> description) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited 60 s in vain: " + description.get());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	static String textOf(JsonNode message) {
		JsonNode text = message.get("text");
		if (text != null && !text.isNull()) {
			return text.asString();
		}
		JsonNode caption = message.get("caption");
		return (caption != null && !caption.isNull()) ? caption.asString() : "";
	}

}
