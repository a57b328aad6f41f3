package dev.osuv1.benchmarks;

import reactor.core.publisher.Mono;

/**
 * A client under load: one call of the workload, decoded completely, and what to release afterwards.
 */
interface LoadTarget extends AutoCloseable {

	/** One call; completes once the whole answer is decoded. */
	Mono<?> call();

	@Override
	void close();

	static LoadTarget create(String client, Workload workload, String baseUrl) {
		return switch (client) {
			case "osu-v1" -> new OsuV1Target(workload, baseUrl);
			case "webclient" -> new WebClientFloorTarget(workload, baseUrl);
			case "reactor-netty" -> new ReactorNettyFloorTarget(workload, baseUrl);
			default -> throw new IllegalArgumentException(
					"unknown client '" + client + "': osu-v1, webclient or reactor-netty");
		};
	}

}
