package org.socialchange.platform.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline button under an outgoing message: it either sends callback data back to the
 * bot when pressed or opens a link.
 *
 * @param text the label
 * @param data the callback data ({@code null} for a link)
 * @param url the link ({@code null} for callback data)
 */
public record MessageButton(String text, String data, String url) {

	private static final char ROW = '\n';

	private static final char BUTTON = '\t';

	private static final char FIELD = '\u001f';

	public MessageButton {
		if ((data == null) == (url == null)) {
			throw new IllegalArgumentException("A button has either callback data or a link");
		}
	}

	public static MessageButton callback(String text, String data) {
		return new MessageButton(text, data, null);
	}

	public static MessageButton link(String text, String url) {
		return new MessageButton(text, null, url);
	}

	/** The rows as one column value; {@code null} for none. */
	static String encode(List<List<MessageButton>> rows) {
		if (rows == null || rows.isEmpty()) {
			return null;
		}
		StringBuilder encoded = new StringBuilder();
		for (List<MessageButton> row : rows) {
			if (!encoded.isEmpty()) {
				encoded.append(ROW);
			}
			for (int i = 0; i < row.size(); i++) {
				MessageButton button = row.get(i);
				if (i > 0) {
					encoded.append(BUTTON);
				}
				encoded.append((button.data != null) ? 'c' : 'u')
					.append(clean(button.text))
					.append(FIELD)
					.append(clean((button.data != null) ? button.data : button.url));
			}
		}
		return encoded.toString();
	}

	/** The rows of a column value. */
	static List<List<MessageButton>> decode(String encoded) {
		List<List<MessageButton>> rows = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return rows;
		}
		for (String row : encoded.split(String.valueOf(ROW))) {
			List<MessageButton> buttons = new ArrayList<>();
			for (String button : row.split(String.valueOf(BUTTON))) {
				int field = button.indexOf(FIELD);
				String text = button.substring(1, field);
				String value = button.substring(field + 1);
				buttons.add((button.charAt(0) == 'c') ? callback(text, value) : link(text, value));
			}
			rows.add(List.copyOf(buttons));
		}
		return rows;
	}

	private static String clean(String value) {
		return value.replace(ROW, ' ').replace(BUTTON, ' ').replace(FIELD, ' ');
	}

}
