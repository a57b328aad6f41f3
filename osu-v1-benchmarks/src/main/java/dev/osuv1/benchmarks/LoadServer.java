package dev.osuv1.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The loopback osu! server the throughput runs call, in a process of its own: Reactor Netty answering each
 * {@code /api/*} path with one fixed body, kept in direct memory and sent without copying, with the headers the real
 * API sends. It never compresses and ignores the query. It prints {@code listening on <url>} when ready and serves
 * until the process is stopped.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.LoadServer [port]}
 */
public final class LoadServer {

	/** The content type of the real API's JSON answers. */
	static final String JSON = "application/json; charset=UTF-8";

	private LoadServer() {
	}

	/**
	 * Starts the server.
	 * @param args an optional port; 0 or none picks a free one
	 */
	public static void main(String[] args) {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 0;
		DisposableServer server = start(Bodies.load(), port);
		System.out.println("listening on http://127.0.0.1:" + server.port());
		System.out.flush();
		server.onDispose().block();
	}

	/**
	 * Starts the server on loopback.
	 * @param bodies what to answer
	 * @param port the port, 0 for a free one
	 * @return the running server
	 */
	static DisposableServer start(Bodies bodies, int port) {
		Map<String, ByteBuf> routes = Map.of("api/get_user", direct(bodies.user()), "api/get_beatmaps",
				direct(bodies.beatmaps()), "api/get_match", direct(bodies.match()), "api/get_replay",
				direct(bodies.replay()));
		ByteBuf notFound = direct("[]".getBytes(StandardCharsets.US_ASCII));
		return HttpServer.create().host("127.0.0.1").port(port).handle((request, response) -> {
			ByteBuf body = routes.get(request.path());
			if (body == null) {
				response.status(HttpResponseStatus.NOT_FOUND);
				body = notFound;
			}
			return response.header(HttpHeaderNames.CONTENT_TYPE, JSON)
				.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.readableBytes()))
				.send(Mono.just(body.retainedDuplicate()))
				.then();
		}).bindNow();
	}

	private static ByteBuf direct(byte[] bytes) {
		return Unpooled.directBuffer(bytes.length).writeBytes(bytes);
	}

}
