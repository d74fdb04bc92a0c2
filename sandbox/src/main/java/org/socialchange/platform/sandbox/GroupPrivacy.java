package org.socialchange.platform.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's privacy mode for bots in groups: the entities Telegram marks in a user's
 * text ({@code bot_command}, {@code mention}), and whether the bot receives the message
 * at all (a command for it, a mention of it, or a reply to one of its messages).
 */
final class GroupPrivacy {

	private static final Pattern COMMAND = Pattern.compile("(?<![\\w/@])/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?");

	private static final Pattern MENTION = Pattern.compile("(?<![\\w/@])@[A-Za-z0-9_]{5,32}");

	private GroupPrivacy() {
	}

	/**
	 * The entities of a text, offsets and lengths in UTF-16 code units as Telegram
	 * counts.
	 */
	static List<Map<String, Object>> entities(String text) {
		List<Map<String, Object>> entities = new ArrayList<>();
		add(entities, "bot_command", COMMAND.matcher(text));
		add(entities, "mention", MENTION.matcher(text));
		entities.sort(Comparator.comparingInt((entity) -> (int) entity.get("offset")));
		return entities;
	}

	private static void add(List<Map<String, Object>> entities, String type, Matcher matcher) {
		while (matcher.find()) {
			Map<String, Object> entity = new LinkedHashMap<>();
			entity.put("type", type);
			entity.put("offset", matcher.start());
			entity.put("length", matcher.end() - matcher.start());
			entities.add(entity);
		}
	}

	/**
	 * Whether a bot in privacy mode receives the message: it starts with a command not
	 * addressed to another bot, mentions the bot, or replies to the bot.
	 */
	static boolean meantForBot(String text, List<Map<String, Object>> entities, String botUsername,
			boolean replyToBot) {
		if (replyToBot) {
			return true;
		}
		for (Map<String, Object> entity : entities) {
			int offset = (int) entity.get("offset");
			String value = text.substring(offset, offset + (int) entity.get("length")).toLowerCase(Locale.ROOT);
			if ("bot_command".equals(entity.get("type")) && offset == 0
					&& (!value.contains("@") || value.endsWith("@" + botUsername.toLowerCase(Locale.ROOT)))) {
				return true;
			}
			if ("mention".equals(entity.get("type")) && value.equals("@" + botUsername.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

}
