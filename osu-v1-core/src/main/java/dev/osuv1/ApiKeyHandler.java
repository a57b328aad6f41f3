package dev.osuv1;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;

/**
 * Adds the API key ({@code k}) to a request's address as the request is written to the connection, after every
 * log line, observation and exception of WebClient and Reactor Netty has been given the address without it.
 * {@code /osu/{id}} takes no key and gets none.
 */
@ChannelHandler.Sharable
final class ApiKeyHandler extends ChannelOutboundHandlerAdapter {

	/** The name the handler has in each connection's pipeline. */
	static final String NAME = "osuV1ApiKey";

	private static final String BEATMAP_FILE = "/osu/";

	// only the key itself is kept (a 40-character hex key encodes to the same String); what holds it is built per
	// request and dropped as soon as the request is written
	private final String encodedKey;

	ApiKeyHandler(String apiKey) {
		this.encodedKey = ApiRequest.encode(apiKey);
	}

	@Override
	public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
		if (message instanceof HttpRequest request) {
			request.setUri(withKey(request.uri()));
		}
		context.write(message, promise);
	}

	String withKey(String uri) {
		int query = uri.indexOf('?');
		String path = (query < 0) ? uri : uri.substring(0, query);
		if (isBeatmapFile(path)) {
			return uri;
		}
		return (query < 0) ? uri + "?k=" + this.encodedKey
				: path + "?k=" + this.encodedKey + "&" + uri.substring(query + 1);
	}

	/** Whether the path ends with {@code /osu/} and an id (one or more ASCII digits), as {@code .*&#47;osu/\d+$}. */
	static boolean isBeatmapFile(String path) {
		int digits = path.length();
		while (digits > 0 && path.charAt(digits - 1) >= '0' && path.charAt(digits - 1) <= '9') {
			digits--;
		}
		return digits < path.length() && path.startsWith(BEATMAP_FILE, digits - BEATMAP_FILE.length());
	}

	@Override
	public String toString() {
		return "ApiKeyHandler";
	}

}
