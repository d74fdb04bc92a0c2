package org.socialchange.platform.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text in Telegram's HTML parse mode as the Bot API does, and gives the visible
 * text whose length Telegram limits, with the entities Telegram returns for it (offsets
 * and lengths in UTF-16 code units, as in the Bot API).
 */
final class TelegramHtml {

	private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
			"tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

	private static final Map<String, String> SIMPLE = Map.ofEntries(Map.entry("b", "bold"), Map.entry("strong", "bold"),
			Map.entry("i", "italic"), Map.entry("em", "italic"), Map.entry("u", "underline"),
			Map.entry("ins", "underline"), Map.entry("s", "strikethrough"), Map.entry("strike", "strikethrough"),
			Map.entry("del", "strikethrough"), Map.entry("tg-spoiler", "spoiler"), Map.entry("code", "code"),
			Map.entry("pre", "pre"));

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>");

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([a-zA-Z-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

	private TelegramHtml() {
	}

	/** The text a reader sees; throws a Bot API error where Telegram would refuse it. */
	static String visibleText(String html) {
		return parse(html).text();
	}

	/**
	 * The text a reader sees and its entities; throws a Bot API error where Telegram
	 * would refuse it.
	 */
	static Parsed parse(String html) {
		StringBuilder visible = new StringBuilder();
		Deque<Open> open = new ArrayDeque<>();
		List<Map<String, Object>> entities = new ArrayList<>();
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
				open.push(new Open(name, attributes(tag.group(3)), visible.length()));
			}
			else {
				Open opened = open.isEmpty() ? null : open.pop();
				if (opened == null || !opened.name().equals(name)) {
					throw BotApiError.badRequest("can't parse entities: Unmatched end tag at byte offset " + lt
							+ ", expected \"</" + name + ">\"");
				}
				entity(opened, open.peek(), visible.length(), entities);
			}
			position = tag.end();
		}
		if (!open.isEmpty()) {
			throw BotApiError.badRequest("can't parse entities: Can't find end tag corresponding to start tag \""
					+ open.peek().name() + "\"");
		}
		entities.sort(Comparator.comparingInt((Map<String, Object> entity) -> (int) entity.get("offset"))
			.thenComparing(
					Comparator.comparingInt((Map<String, Object> entity) -> (int) entity.get("length")).reversed()));
		return new Parsed(visible.toString(), List.copyOf(entities));
	}

	/** Adds the entity a closed tag makes, if it covers any text. */
	private static void entity(Open opened, Open parent, int end, List<Map<String, Object>> entities) {
		int length = end - opened.offset();
		Map<String, Object> entity = new LinkedHashMap<>();
		String type = SIMPLE.get(opened.name());
		if ("span".equals(opened.name())) {
			String classes = opened.attributes().getOrDefault("class", "");
			type = List.of(classes.split("\\s+")).contains("tg-spoiler") ? "spoiler" : null;
		}
		else if ("a".equals(opened.name())) {
			type = "text_link";
			entity.put("url", opened.attributes().getOrDefault("href", ""));
		}
		else if ("blockquote".equals(opened.name())) {
			type = opened.attributes().containsKey("expandable") ? "expandable_blockquote" : "blockquote";
		}
		else if ("tg-emoji".equals(opened.name())) {
			type = "custom_emoji";
			entity.put("custom_emoji_id", opened.attributes().getOrDefault("emoji-id", ""));
		}
		else if ("code".equals(opened.name()) && parent != null && "pre".equals(parent.name())) {
			// <pre><code class="language-x"> is one pre entity with a language
			String language = opened.attributes().getOrDefault("class", "");
			if (language.startsWith("language-")) {
				parent.attributes().put("language", language.substring("language-".length()));
			}
			type = null;
		}
		else if ("pre".equals(opened.name()) && opened.attributes().containsKey("language")) {
			entity.put("language", opened.attributes().get("language"));
		}
		if (type == null || length <= 0) {
			return;
		}
		Map<String, Object> ordered = new LinkedHashMap<>();
		ordered.put("type", type);
		ordered.put("offset", opened.offset());
		ordered.put("length", length);
		ordered.putAll(entity);
		entities.add(ordered);
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			String value = (attribute.group(2) != null) ? attribute.group(2) : (attribute.group(3) != null)
					? attribute.group(3) : (attribute.group(4) != null) ? attribute.group(4) : "";
			attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), unescape(value));
		}
		return attributes;
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

	/** Visible text and its entities in the Bot API's format. */
	record Parsed(String text, List<Map<String, Object>> entities) {
	}

	/** A tag not yet closed: where its text starts in the visible text. */
	private record Open(String name, Map<String, String> attributes, int offset) {
	}

}
