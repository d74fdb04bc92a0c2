package org.socialchange.platform.bot;

import java.io.IOException;
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

	BotApiAddress(Supplier<HttpUrl> base) {
		this.base = base;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		HttpUrl original = chain.request().url();
		HttpUrl base = this.base.get();
		HttpUrl.Builder target = base.newBuilder();
		for (String segment : original.pathSegments()) {
			target.addPathSegment(segment);
		}
		target.encodedQuery(original.encodedQuery());
		return chain.proceed(chain.request().newBuilder().url(target.build()).build());
	}

}
