package org.socialchange.platform.bot;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;

/**
 * Acts on the payload of a {@code /start <payload>} link once the educator is registered,
 * through the first {@link DeepLinkHandler} that knows it; no feature offers links yet,
 * so for now every payload is answered as invalid.
 */
@Component
public class DeepLinks {

	/** What a link may carry: Telegram's own limit for deep-link payloads. */
	public static final String PAYLOAD = "[A-Za-z0-9_-]{1,64}";

	private final List<DeepLinkHandler> handlers;

	private final Replies replies;

	DeepLinks(List<DeepLinkHandler> handlers, Replies replies) {
		this.handlers = handlers;
		this.replies = replies;
	}

	public void open(Incoming incoming, Educator educator, String payload) {
		for (DeepLinkHandler handler : this.handlers) {
			if (handler.open(incoming, educator, payload)) {
				return;
			}
		}
		this.replies.send(incoming.chat(), this.replies.text(educator.language(), "deeplink.invalid", Map.of()));
	}

}
