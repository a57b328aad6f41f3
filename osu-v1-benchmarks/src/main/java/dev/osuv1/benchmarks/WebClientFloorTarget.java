package dev.osuv1.benchmarks;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The floor: a bare {@code WebClient} on Reactor Netty, with Spring's default Jackson decoder binding the same
 * body into a plain record ({@link PlainUser}, {@link PlainBeatmap}). It has what any client needs to run this
 * load and nothing more: a pool of as many connections as calls in flight (the client's 64) and a buffer limit
 * large enough for a 500-row answer. No limiter, retry, timeout, key handling or error mapping.
 */
final class WebClientFloorTarget implements LoadTarget {

	private static final int MAX_IN_MEMORY = 32 * 1024 * 1024;

	private final ConnectionProvider connections = ConnectionProvider.builder("floor").maxConnections(64).build();

	private final WebClient webClient;

	private final URI uri;

	private final Workload workload;

	WebClientFloorTarget(Workload workload, String baseUrl) {
		this.workload = workload;
		this.uri = URI.create(workload.uri(baseUrl));
		this.webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(this.connections)))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_IN_MEMORY))
			.build();
	}

	@Override
	public Mono<?> call() {
		return this.webClient.get()
			.uri(this.uri)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(this.workload.plainRows());
	}

	@Override
	public void close() {
		this.connections.dispose();
	}

}
