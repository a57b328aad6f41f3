package dev.osuv1.benchmarks;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transport's own floor, below the {@link WebClientFloorTarget WebClient floor}: Reactor Netty's
 * {@code HttpClient} with no WebClient above it, Jackson binding the same body into the same plain record. It is
 * not one of issue 7's four clients; it measures what giving up WebClient (its filters, customizers and observation)
 * could buy at most, the one lever left for the CPU per request.
 */
final class ReactorNettyFloorTarget implements LoadTarget {

	private final ConnectionProvider connections = ConnectionProvider.builder("reactor-netty-floor")
		.maxConnections(64)
		.build();

	private final HttpClient httpClient;

	private final String uri;

	private final ObjectReader reader;

	ReactorNettyFloorTarget(Workload workload, String baseUrl) {
		this.uri = workload.uri(baseUrl);
		this.httpClient = HttpClient.create(this.connections)
			.headers((headers) -> headers.set(HttpHeaderNames.ACCEPT, "application/json"));
		this.reader = JsonMapper.builder().build().readerFor(workload.plainRows());
	}

	@Override
	public Mono<?> call() {
		return this.httpClient.get().uri(this.uri).responseSingle((response, body) -> {
			if (response.status().code() != 200) {
				return Mono.error(new IllegalStateException("HTTP " + response.status().code()));
			}
			return body.asByteArray();
		}).map(this.reader::readValue);
	}

	@Override
	public void close() {
		this.connections.dispose();
	}

}
