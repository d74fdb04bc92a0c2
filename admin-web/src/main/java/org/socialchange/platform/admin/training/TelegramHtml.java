package org.socialchange.platform.admin.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message in Telegram's HTML into plain-text segments with their formatting, so
 * the admin web shows a preview through escaping Thymeleaf alone: only {@code b},
 * {@code strong}, {@code i}, {@code em}, {@code code}, {@code pre} and
 * {@code a href="http(s)://…"} are formatting; any other tag or unknown entity stays
 * literal text, so nothing in the message ever becomes markup of the page.
 */
final class TelegramHtml {

	private static final Pattern TOKEN = Pattern
		.compile("<(/?)(b|strong|i|em|code|pre|a)(?:\\s+href=\"(https?://[^\"<>\\s]+)\")?>|&(lt|gt|amp|quot|#39);");

	private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"", "#39",
			"'");

	private TelegramHtml() {
	}

	/** The segments of the message, in order; adjacent text of one format stays apart. */
	static List<Segment> read(String html) {
		List<Segment> segments = new ArrayList<>();
		Deque<String> open = new ArrayDeque<>();
		Deque<String> links = new ArrayDeque<>();
		StringBuilder text = new StringBuilder();
		Matcher matcher = TOKEN.matcher((html != null) ? html : "");
		int at = 0;
		while (matcher.find()) {
			text.append(html, at, matcher.start());
			at = matcher.end();
			if (matcher.group(4) != null) {
				text.append(ENTITIES.get(matcher.group(4)));
				continue;
			}
			String tag = normal(matcher.group(2));
			boolean closing = !matcher.group(1).isEmpty();
			boolean link = "a".equals(tag);
			if (!closing && link && matcher.group(3) == null || closing && matcher.group(3) != null
					|| closing && !open.contains(tag)) {
				// a link without a web address, or a stray closing tag: shown as it is
				text.append(matcher.group());
				continue;
			}
			flush(segments, text, open, links);
			if (closing) {
				while (!open.isEmpty()) {
					String last = open.pop();
					if ("a".equals(last)) {
						links.pop();
					}
					if (last.equals(tag)) {
						break;
					}
				}
			}
			else {
				open.push(tag);
				if (link) {
					links.push(unescape(matcher.group(3)));
				}
			}
		}
		text.append(html, at, (html != null) ? html.length() : 0);
		flush(segments, text, open, links);
		return segments;
	}

	private static void flush(List<Segment> segments, StringBuilder text, Deque<String> open, Deque<String> links) {
		if (text.isEmpty()) {
			return;
		}
		segments.add(new Segment(text.toString(), open.contains("b"), open.contains("i"),
				open.contains("code") || open.contains("pre"), links.peek()));
		text.setLength(0);
	}

	private static String normal(String tag) {
		return switch (tag) {
			case "strong" -> "b";
			case "em" -> "i";
			default -> tag;
		};
	}

	private static String unescape(String url) {
		return url.replace("&amp;", "&");
	}

	/**
	 * A run of text and how it looks.
	 *
	 * @param text the plain text (escaped by Thymeleaf when shown)
	 * @param bold in bold
	 * @param italic in italics
	 * @param code in monospace
	 * @param href the web address it links to, or {@code null}
	 */
	record Segment(String text, boolean bold, boolean italic, boolean code, String href) {

		/** The CSS classes of its format. */
		public String classes() {
			return ((this.bold ? "tg-b " : "") + (this.italic ? "tg-i " : "") + (this.code ? "tg-code" : "")).strip();
		}

	}

}
