package dev.osuv1.ratelimit;

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
	 * Returns a limiter that lets every request through at once.
	 * @return the unlimited limiter
	 */
	static RateLimiter unlimited() {
		return (kind) -> Mono.empty();
	}

}
