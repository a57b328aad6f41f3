package dev.osuv1.autoconfigure;

import java.util.List;

import dev.osuv1.OsuV1Client;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A burst of get_user calls sent at once through a client, and how many were answered.
 *
 * @param answered the calls that were sent and answered
 * @param failed the calls that failed, such as those the limiter refused
 */
record Burst(long answered, long failed) {

	/**
	 * Sends the calls at once and completes when all have finished.
	 */
	static Mono<Burst> send(OsuV1Client client, int calls) {
		return Flux.range(1, calls)
			.flatMap((userId) -> client.getUser(userId).then(Mono.just(true)).onErrorResume((ex) -> Mono.just(false)),
					calls)
			.collectList()
			.map(Burst::of);
	}

	private static Burst of(List<Boolean> outcomes) {
		long answered = outcomes.stream().filter(Boolean::booleanValue).count();
		return new Burst(answered, outcomes.size() - answered);
	}

}
