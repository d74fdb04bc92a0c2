package org.socialchange.platform;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

/**
 * Walks a scripted user through the registration conversation on the sandbox, checking
 * each question arrives in the user's language.
 */
public class Registrations {

	private final SandboxClient sandbox;

	private final Messages messages;

	public Registrations(SandboxClient sandbox, Messages messages) {
		this.sandbox = sandbox;
		this.messages = messages;
	}

	/** Sends /start and picks the language; returns the privacy question. */
	public JsonNode startAndChoose(long user, Language language) {
		return startAndChoose(user, language, "/start");
	}

	/** Sends this /start (perhaps with a deep-link payload) and picks the language. */
	public JsonNode startAndChoose(long user, Language language, String startCommand) {
		int start = this.sandbox.write(user, startCommand);
		JsonNode picker = this.sandbox.awaitBotMessage(user, start);
		this.sandbox.press(user, picker.get("messageId").asInt(), "lang:" + language.code());
		return awaitQuestion(user, picker.get("messageId").asInt(), language, "privacy.notice");
	}

	/** Presses a button of a question and waits for the next question. */
	public JsonNode answer(long user, JsonNode question, String data, Language language, String nextKey) {
		this.sandbox.press(user, question.get("messageId").asInt(), data);
		return awaitQuestion(user, question.get("messageId").asInt(), language, nextKey);
	}

	/** Types an answer and waits for the next question. */
	public JsonNode type(long user, String text, Language language, String nextKey) {
		int sent = this.sandbox.write(user, text);
		return awaitQuestion(user, sent, language, nextKey);
	}

	public JsonNode awaitQuestion(long user, int after, Language language, String key) {
		String expected = visible(this.messages.format(language, key, Map.of()));
		return this.sandbox.awaitBotMessage(user, after, (m) -> m.get("text").asString().contains(expected));
	}

	/** The whole registration with the given answers; returns the closing summary. */
	public JsonNode register(long user, Language language, String country, String zone) {
		return register(user, language, country, zone, "/start");
	}

	/** The whole registration, begun with this /start (a deep link, say). */
	public JsonNode register(long user, Language language, String country, String zone, String startCommand) {
		JsonNode privacy = startAndChoose(user, language, startCommand);
		JsonNode name = answer(user, privacy, "reg:PRIVACY:yes", language, "registration.name.prompt");
		JsonNode countryQuestion = answer(user, name, "reg:NAME:tg", language, "registration.country.prompt");
		answer(user, countryQuestion, "reg:COUNTRY:" + country, language,
				"OTHER".equals(country) ? "registration.countryOther.prompt" : "registration.region.prompt");
		if ("OTHER".equals(country)) {
			type(user, "Kazakhstan", language, "registration.region.prompt");
		}
		JsonNode role = type(user, "Gyumri", language, "registration.role.prompt");
		JsonNode topics = answer(user, role, "reg:ROLE:TEACHER", language, "registration.topics.prompt");
		int topicsId = topics.get("messageId").asInt();
		this.sandbox.press(user, topicsId, "reg:TOPICS:CIVIC_EDUCATION");
		this.sandbox.press(user, topicsId, "reg:TOPICS:CHILDRENS_RIGHTS");
		this.sandbox.awaitChat(user,
				(chat) -> chat.get("messages")
					.valueStream()
					.anyMatch((m) -> m.get("messageId").asInt() == topicsId
							&& m.get("inlineKeyboard").toString().chars().filter((c) -> c == '✅').count() == 2));
		JsonNode afterTopics = answer(user, topics, "reg:TOPICS:done", language,
				(zone != null) ? "registration.timeZone.prompt" : "registration.network.prompt");
		if (zone != null) {
			afterTopics = answer(user, afterTopics, "reg:TIME_ZONE:" + zone, language, "registration.network.prompt");
		}
		return answer(user, afterTopics, "reg:NETWORK:ALUMNI", language, "registration.done");
	}

	/** A catalogue text as the reader sees it: tags gone, entities resolved. */
	public static String visible(String html) {
		return html.replaceAll("<[^>]+>", "")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
	}

}
