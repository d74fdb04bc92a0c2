package org.socialchange.platform.translations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of HTML Telegram's {@code parse_mode=HTML} accepts: the tags b, strong, i,
 * em, u, ins, s, strike, del, code, pre, a (with {@code href}), tg-spoiler, blockquote
 * (with an optional {@code expandable}) and span (with {@code class="tg-spoiler"});
 * {@code code} may carry {@code class="language-…"}. Tags must be balanced and properly
 * nested; every {@code <} must start such a tag and every {@code &} one of the entities
 * {@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;} or a numeric one.
 */
final class TelegramHtml {

	private static final Set<String> PLAIN_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
			"pre", "tg-spoiler");

	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^<>]*)?)>");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("\\s+([A-Za-z-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

	private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]+|#[xX][0-9a-fA-F]+);");

	private TelegramHtml() {
	}

	/** What Telegram would reject in this text, if anything. */
	static Optional<String> problem(String text) {
		Deque<String> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&') {
				Matcher entity = ENTITY.matcher(text).region(i, text.length());
				if (!entity.lookingAt()) {
					return Optional.of("'&' that does not start an entity (write &amp;)");
				}
				i = entity.end() - 1;
			}
			else if (c == '<') {
				Matcher tag = TAG.matcher(text).region(i, text.length());
				if (!tag.lookingAt()) {
					return Optional.of("stray '<' (write &lt;)");
				}
				String name = tag.group(2).toLowerCase();
				boolean closing = !tag.group(1).isEmpty();
				Optional<String> wrong = closing ? closingTag(name, tag.group(3)) : openingTag(name, tag.group(3));
				if (wrong.isPresent()) {
					return wrong;
				}
				if (!closing) {
					open.push(name);
				}
				else if (open.isEmpty()) {
					return Optional.of("</" + name + "> closes no open tag");
				}
				else if (!open.peek().equals(name)) {
					return Optional.of("</" + name + "> closes <" + open.peek() + ">");
				}
				else {
					open.pop();
				}
				i = tag.end() - 1;
			}
		}
		return open.isEmpty() ? Optional.empty() : Optional.of("<" + open.peek() + "> is never closed");
	}

	private static Optional<String> closingTag(String name, String attributes) {
		if (!isTag(name)) {
			return Optional.of("unknown tag </" + name + ">");
		}
		return attributes.isBlank() ? Optional.empty() : Optional.of("attributes in </" + name + ">");
	}

	private static Optional<String> openingTag(String name, String attributeText) {
		if (!isTag(name)) {
			return Optional.of("unknown tag <" + name + ">");
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(attributeText);
		int end = 0;
		while (attribute.lookingAt()) {
			String value = (attribute.group(2) != null) ? attribute.group(2)
					: (attribute.group(3) != null) ? attribute.group(3) : attribute.group(4);
			attributes.put(attribute.group(1).toLowerCase(), value);
			end = attribute.end();
			attribute.region(end, attributeText.length());
		}
		if (!attributeText.substring(end).isBlank()) {
			return Optional.of("malformed attributes in <" + name + ">");
		}
		boolean sound = switch (name) {
			case "a" -> attributes.keySet().equals(Set.of("href")) && attributes.get("href") != null;
			case "span" -> attributes.size() == 1 && "tg-spoiler".equals(attributes.get("class"));
			case "code" -> attributes.isEmpty() || (attributes.size() == 1 && attributes.get("class") != null
					&& attributes.get("class").startsWith("language-"));
			case "blockquote" -> attributes.isEmpty() || attributes.keySet().equals(Set.of("expandable"));
			default -> attributes.isEmpty();
		};
		return sound ? Optional.empty() : Optional.of("attributes Telegram does not accept in <" + name + ">");
	}

	private static boolean isTag(String name) {
		return PLAIN_TAGS.contains(name) || Set.of("a", "span", "code", "blockquote").contains(name);
	}

}
