package dev.osuv1.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The same loopback server as {@link LoadServer} on the JDK's {@code com.sun.net.httpserver}, kept to show which of
 * the two is faster (the report names the one the runs use); it is not used by {@code bench/run.sh}.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.JdkLoadServer [port]}
 */
public final class JdkLoadServer {

	private JdkLoadServer() {
	}

	/**
	 * Starts the server.
	 * @param args an optional port; 0 or none picks a free one
	 * @throws IOException when the port cannot be bound
	 */
	public static void main(String[] args) throws IOException {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 0;
		Bodies bodies = Bodies.load();
		Map<String, byte[]> routes = Map.of("/api/get_user", bodies.user(), "/api/get_beatmaps", bodies.beatmaps(),
				"/api/get_match", bodies.match(), "/api/get_replay", bodies.replay());
		byte[] notFound = "[]".getBytes(StandardCharsets.US_ASCII);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
		server.setExecutor(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors()));
		server.createContext("/", (exchange) -> {
			byte[] body = routes.get(exchange.getRequestURI().getPath());
			int status = (body != null) ? 200 : 404;
			body = (body != null) ? body : notFound;
			exchange.getResponseHeaders().set("Content-Type", LoadServer.JSON);
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		server.start();
		System.out.println("listening on http://127.0.0.1:" + server.getAddress().getPort());
		System.out.flush();
	}

}
