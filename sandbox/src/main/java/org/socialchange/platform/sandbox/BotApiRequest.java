package org.socialchange.platform.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of one Bot API call, however they came (JSON body, form, multipart),
 * with Telegram's checks of the common ones.
 */
class BotApiRequest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> parameters;

	private final Map<String, Upload> uploads;

	BotApiRequest(Map<String, Object> parameters, Map<String, Upload> uploads) {
		this.parameters = parameters;
		this.uploads = uploads;
	}

	static Map<String, Object> parseJson(String body) {
		return JSON.readValue(body, new TypeReference<Map<String, Object>>() {
		});
	}

	static List<Object> parseJsonArray(String body) {
		return JSON.readValue(body, new TypeReference<List<Object>>() {
		});
	}

	/** A parameter as it came: a string, or a JSON value of a JSON body; or null. */
	Object raw(String name) {
		return this.parameters.get(name);
	}

	long chatId() {
		Object value = this.parameters.get("chat_id");
		if (value == null || value.toString().isBlank()) {
			throw BotApiError.badRequest("chat_id is empty");
		}
		try {
			return Long.parseLong(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw BotApiError.badRequest("chat not found");
		}
	}

	String string(String name) {
		Object value = this.parameters.get(name);
		return (value != null) ? value.toString() : null;
	}

	String requiredString(String name) {
		String value = string(name);
		if (value == null || value.isEmpty()) {
			throw BotApiError.badRequest(("text".equals(name) ? "message text" : name) + " is empty");
		}
		return value;
	}

	int integer(String name) {
		try {
			return Integer.parseInt(requiredString(name).trim());
		}
		catch (NumberFormatException ex) {
			throw BotApiError.badRequest(name + " is invalid");
		}
	}

	/** An optional integer parameter; null when absent. */
	Integer optionalInteger(String name) {
		String value = string(name);
		return (value == null || value.isBlank()) ? null : integer(name);
	}

	/**
	 * The message replied to: {@code reply_parameters.message_id} or
	 * {@code reply_to_message_id}.
	 */
	@SuppressWarnings("unchecked")
	Integer replyToMessageId() {
		Object parameters = this.parameters.get("reply_parameters");
		if (parameters instanceof String text && !text.isBlank()) {
			parameters = parseJson(text);
		}
		if (parameters instanceof Map<?, ?> map && map.get("message_id") != null) {
			try {
				return Integer.valueOf(((Map<String, Object>) map).get("message_id").toString().trim());
			}
			catch (NumberFormatException ex) {
				throw BotApiError.badRequest("message to be replied not found");
			}
		}
		return optionalInteger("reply_to_message_id");
	}

	long longValue(String name, long fallback) {
		String value = string(name);
		try {
			return (value != null && !value.isBlank()) ? Long.parseLong(value.trim()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw BotApiError.badRequest(name + " is invalid");
		}
	}

	boolean bool(String name) {
		return Boolean.parseBoolean(string(name));
	}

	/**
	 * A JSON object parameter (sent as a JSON string or as part of a JSON body); or null.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> object(String name) {
		Object value = this.parameters.get(name);
		if (value instanceof String text && !text.isBlank()) {
			value = JSON.readValue(text, Map.class);
		}
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> list(String name) {
		Object value = this.parameters.get(name);
		if (value instanceof String text) {
			value = JSON.readValue(text, List.class);
		}
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	/**
	 * The inline keyboard of {@code reply_markup}, checked as Telegram checks it; or
	 * null.
	 */
	@SuppressWarnings("unchecked")
	List<List<Map<String, Object>>> inlineKeyboard() {
		Object markup = this.parameters.get("reply_markup");
		if (markup instanceof String text && !text.isBlank()) {
			markup = parseJson(text);
		}
		if (!(markup instanceof Map<?, ?> map) || !(map.get("inline_keyboard") instanceof List<?> rows)) {
			return null;
		}
		List<List<Map<String, Object>>> keyboard = new ArrayList<>();
		for (Object row : rows) {
			List<Map<String, Object>> buttons = new ArrayList<>();
			for (Object button : (List<Object>) row) {
				Map<String, Object> fields = (Map<String, Object>) button;
				Object text = fields.get("text");
				if (text == null || text.toString().isBlank()) {
					throw BotApiError.badRequest("BUTTON_TEXT_EMPTY");
				}
				Object data = fields.get("callback_data");
				if (data != null && (data.toString().isEmpty() || data.toString()
					.getBytes(StandardCharsets.UTF_8).length > SandboxTelegram.MAX_CALLBACK_DATA_BYTES)) {
					throw BotApiError.badRequest("BUTTON_DATA_INVALID");
				}
				if (data == null && fields.get("url") == null) {
					throw BotApiError.badRequest("can't find field \"callback_data\" or \"url\" in the button");
				}
				buttons.add(fields);
			}
			if (!buttons.isEmpty()) {
				keyboard.add(buttons);
			}
		}
		return keyboard.isEmpty() ? null : keyboard;
	}

	/**
	 * A file sent in the field itself, or named by {@code attach://<part>} as the Bot API
	 * allows.
	 */
	Upload upload(String name) {
		Upload upload = optionalUpload(name);
		if (upload == null) {
			throw BotApiError.badRequest("there is no " + name + " in the request");
		}
		return upload;
	}

	/**
	 * A file sent in the field itself or named by {@code attach://<part>}; null when the
	 * field is a file id (or missing).
	 */
	Upload optionalUpload(String name) {
		Upload upload = this.uploads.get(name);
		return (upload != null) ? upload : attachment(string(name));
	}

	/** The part an {@code attach://<part>} reference names; null for anything else. */
	Upload attachment(String reference) {
		if (reference != null && reference.startsWith("attach://")) {
			return this.uploads.get(reference.substring("attach://".length()));
		}
		return null;
	}

	/** A file sent with a multipart request. */
	record Upload(String fileName, byte[] content) {
	}

}
