package org.socialchange.platform.bot;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends every Bot API call to the configured base address, keeping its path prefix (a
 * self-hosted Bot API server, a reverse proxy, or the local sandbox): the TelegramBots
 * client itself only knows scheme, host and port.
 */
class BotApiAddress implements Interceptor {

	private final Supplier<HttpUrl> base;

	/**
	 * The addresses of the methods called so far, by base (a few dozen: calls carry their
	 * parameters in the body, and the base is set once).
	 */
	private final Map<List<HttpUrl>, HttpUrl> targets = new ConcurrentHashMap<>();

	BotApiAddress(Supplier<HttpUrl> base) {
		this.base = base;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		HttpUrl original = chain.request().url();
		HttpUrl base = this.base.get();
		HttpUrl target = (original.encodedQuery() == null)
				? this.targets.computeIfAbsent(List.of(base, original), (key) -> target(base, original))
				: target(base, original);
		return chain.proceed(chain.request().newBuilder().url(target).build());
	}

	private static HttpUrl target(HttpUrl base, HttpUrl original) {
		HttpUrl.Builder target = base.newBuilder();
		for (String segment : original.pathSegments()) {
			target.addPathSegment(segment);
		}
		target.encodedQuery(original.encodedQuery());
		return target.build();
	}

}
