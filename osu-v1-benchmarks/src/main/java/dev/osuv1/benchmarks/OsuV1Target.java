package dev.osuv1.benchmarks;

import java.time.Instant;

import dev.osuv1.OsuV1Client;
import dev.osuv1.RetryPolicy;
import dev.osuv1.query.BeatmapQuery;
import reactor.core.publisher.Mono;

/**
 * {@link OsuV1Client} as an application builds it, limiter off (its default, unlimited) and retries off so that a
 * failure shows; every model is decoded. Sharing identical calls in flight is off: the workload repeats one call, which
 * would otherwise share one request among up to 64 callers, while every other client sends each call.
 */
final class OsuV1Target implements LoadTarget {

	private static final BeatmapQuery BEATMAPS = BeatmapQuery.since(Instant.parse("2026-01-01T00:00:00Z"))
		.withLimit(BeatmapQuery.MAX_LIMIT);

	private final OsuV1Client client;

	private final Workload workload;

	OsuV1Target(Workload workload, String baseUrl) {
		this.workload = workload;
		this.client = builder(baseUrl).build();
	}

	/**
	 * The client every benchmark measures: retries off so that a failure shows, and sharing of identical calls in
	 * flight off, since every workload repeats one call (sharing would let one request stand for all of them).
	 */
	static OsuV1Client.Builder builder(String baseUrl) {
		return OsuV1Client.builder()
			.token(Workload.KEY)
			.baseUrl(baseUrl)
			.retryPolicy(RetryPolicy.none())
			.coalesce(false);
	}

	@Override
	public Mono<?> call() {
		return switch (this.workload) {
			case GET_USER -> this.client.getUser("peppy");
			case GET_BEATMAPS -> this.client.getBeatmaps(BEATMAPS).then();
		};
	}

	@Override
	public void close() {
		this.client.close();
	}

}
