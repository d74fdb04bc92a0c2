package org.socialchange.platform.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text in Telegram's HTML parse mode as the Bot API does, and gives the visible
 * text whose length Telegram limits.
 */
final class TelegramHtml {

	private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
			"tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>");

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

	private TelegramHtml() {
	}

	/** The text a reader sees; throws a Bot API error where Telegram would refuse it. */
	static String visibleText(String html) {
		StringBuilder visible = new StringBuilder();
		Deque<String> open = new ArrayDeque<>();
		int position = 0;
		Matcher tag = TAG.matcher(html);
		while (position < html.length()) {
			int lt = html.indexOf('<', position);
			int end = (lt < 0) ? html.length() : lt;
			visible.append(unescape(html.substring(position, end)));
			if (lt < 0) {
				break;
			}
			if (!tag.find(lt) || tag.start() != lt) {
				throw BotApiError.badRequest("can't parse entities: Unexpected end of name token at byte offset " + lt);
			}
			String name = tag.group(2).toLowerCase(Locale.ROOT);
			if (!TAGS.contains(name)) {
				throw BotApiError
					.badRequest("can't parse entities: Unsupported start tag \"" + name + "\" at byte offset " + lt);
			}
			if (tag.group(1).isEmpty()) {
				open.push(name);
			}
			else if (open.isEmpty() || !open.pop().equals(name)) {
				throw BotApiError.badRequest("can't parse entities: Unmatched end tag at byte offset " + lt
						+ ", expected \"</" + name + ">\"");
			}
			position = tag.end();
		}
		if (!open.isEmpty()) {
			throw BotApiError.badRequest(
					"can't parse entities: Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
		}
		return visible.toString();
	}

	private static String unescape(String text) {
		Matcher entity = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (entity.find()) {
			String name = entity.group(1);
			String replacement = switch (name) {
				case "lt" -> "<";
				case "gt" -> ">";
				case "amp" -> "&";
				case "quot" -> "\"";
				default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
						: name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1)))
								: entity.group();
			};
			entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		entity.appendTail(out);
		return out.toString();
	}

}
