package dev.osuv1.ratelimit;

import java.util.OptionalLong;

import reactor.core.publisher.Mono;

/**
 * Decides when a request may be sent. The client subscribes to {@link #acquire(RequestKind)} before every request
 * and sends it when the returned {@code Mono} completes.
 */
@FunctionalInterface
public interface RateLimiter {

	/**
	 * Waits, without blocking a thread, until a request of the given kind may be sent. Cancelling the subscription
	 * gives up the wait.
	 * @param kind what the request draws from
	 * @return a {@code Mono} that completes when the request may go, or signals
	 * {@link dev.osuv1.RateLimitException} when it would have to wait too long (then nothing may be sent)
	 */
	Mono<Void> acquire(RequestKind kind);

	/**
	 * Returns how many tokens a budget holds right now, for metrics and health checks; asking spends none. The count
	 * is negative while calls wait for tokens they reserved ahead.
	 * @param budget the budget: {@link RequestKind#GENERAL} for the one every request draws from,
	 * {@link RequestKind#REPLAY} for the one get_replay also draws from
	 * @return the tokens available, or empty when this limiter does not count tokens (the default)
	 */
	default OptionalLong availableTokens(RequestKind budget) {
		return OptionalLong.empty();
	}

	/**
	 * Returns a limiter that lets every request through at once.
	 * @return the unlimited limiter
	 */
	static RateLimiter unlimited() {
		return (kind) -> Mono.empty();
	}

}
