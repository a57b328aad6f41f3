package dev.osuv1.benchmarks;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A loopback server that notes when each request arrives, as the API would see them, and answers get_user.
 */
final class ArrivalLog implements AutoCloseable {

	private final long[] arrivals;

	private final AtomicInteger count = new AtomicInteger();

	private final DisposableServer server;

	ArrivalLog(int capacity, byte[] body) {
		this.arrivals = new long[capacity];
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
			int index = this.count.getAndIncrement();
			if (index < this.arrivals.length) {
				this.arrivals[index] = System.nanoTime();
			}
			return response.header(HttpHeaderNames.CONTENT_TYPE, LoadServer.JSON).sendByteArray(Mono.just(body)).then();
		}).bindNow();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** The arrival times so far, in order, in {@link System#nanoTime()} nanoseconds. */
	long[] arrivals() {
		long[] sorted = Arrays.copyOf(this.arrivals, Math.min(this.count.get(), this.arrivals.length));
		Arrays.sort(sorted);
		return sorted;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
