package dev.osuv1.sample.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An embedded demo osu! server: the JDK's HTTP server on 127.0.0.1 and a random port, answering v1 requests from a
 * small made-up data set (see {@link DemoData}), so the sample works with no API key and no network.
 */
public final class DemoServer implements AutoCloseable {

	private static final int THREADS = 4;

	private final HttpServer server;

	private final ExecutorService executor;

	private DemoServer(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Starts a server whose "now" is the current time.
	 * @return the running server
	 * @throws UncheckedIOException when no port can be opened
	 */
	public static DemoServer start() {
		return start(Instant.now());
	}

	/**
	 * Starts a server.
	 * @param now the moment the data set treats as now (recent plays and events are dated from it)
	 * @return the running server
	 * @throws UncheckedIOException when no port can be opened
	 */
	public static DemoServer start(Instant now) {
		DemoApi api = new DemoApi(DemoData.create(now));
		AtomicInteger threads = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(THREADS, (task) -> {
			Thread thread = new Thread(task, "osu-v1-demo-server-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", (exchange) -> respond(exchange, api));
			server.setExecutor(executor);
			server.start();
			return new DemoServer(server, executor);
		}
		catch (IOException ex) {
			executor.shutdownNow();
			throw new UncheckedIOException("could not start the demo osu! server", ex);
		}
	}

	/**
	 * Returns the address to give the client as its base URL.
	 * @return {@code http://127.0.0.1:PORT}
	 */
	public String baseUrl() {
		InetSocketAddress address = this.server.getAddress();
		return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
	}

	/**
	 * Stops the server at once.
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static void respond(HttpExchange exchange, DemoApi api) throws IOException {
		try (exchange) {
			DemoResponse response = "GET".equals(exchange.getRequestMethod())
					? api.handle(exchange.getRequestURI().getPath(), parameters(exchange.getRequestURI().getRawQuery()))
					: DemoResponse.json(405, "{\"error\":\"GET only\"}");
			exchange.getResponseHeaders().set("Content-Type", response.contentType());
			response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
			byte[] body = response.body();
			exchange.sendResponseHeaders(response.status(), (body.length > 0) ? body.length : -1);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
	}

	static Map<String, String> parameters(String rawQuery) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			parameters.putIfAbsent(decode(name), decode(value));
		}
		return parameters;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
