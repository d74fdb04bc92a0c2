package org.socialchange.platform.bot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import org.socialchange.platform.bot.kit.RecordingTelegramClient;
import org.socialchange.platform.delivery.DeliverySettings;
import org.socialchange.platform.delivery.RateLimits;
import org.socialchange.platform.translations.Catalogue;
import org.socialchange.platform.translations.Messages;

/**
 * The kernel's real parts for a feature's unit test: the catalogue, the shared limiter,
 * replies through a {@link RecordingTelegramClient}, labels and the command menu of the
 * given handlers.
 */
public final class BotKernel {

	public static final Messages MESSAGES = new Messages(Catalogue.load());

	public final RecordingTelegramClient telegram = new RecordingTelegramClient();

	public final Replies replies;

	public final Labels labels = new Labels(MESSAGES);

	public final CommandsMenu menu;

	public BotKernel(CommandHandler... handlers) {
		RateLimits limits = new RateLimits(new DeliverySettings(1000, false, 1000, Duration.ofMillis(1), 1000, 0, 1, 1,
				Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(1), false));
		this.replies = new Replies(this.telegram, MESSAGES, limits, new BotMetrics(new SimpleMeterRegistry()));
		Map<String, Object> beans = new LinkedHashMap<>();
		for (CommandHandler handler : handlers) {
			beans.put(handler.command(), handler);
		}
		StaticListableBeanFactory factory = new StaticListableBeanFactory(beans);
		this.menu = new CommandsMenu(MESSAGES, factory.getBeanProvider(CommandHandler.class), this.telegram);
	}

	/** A handler's menu of the kernel's own commands plus the given ones. */
	public List<String> privateCommands() {
		return this.menu.commands(ChatType.PRIVATE);
	}

}
