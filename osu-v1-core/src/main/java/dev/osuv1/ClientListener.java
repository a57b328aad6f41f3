package dev.osuv1;

import java.time.Duration;

import dev.osuv1.ratelimit.RequestKind;

/**
 * Told what the client's calls do, for metrics and health checks: how long calls waited for the rate limiter, which
 * it refused, which failures were retried, which calls shared another's request or were answered from the cache, and
 * whether the API accepted the key. Add one with {@link OsuV1Client.Builder#listener(ClientListener)}.
 *
 * <p>Every method does nothing by default. They are called on whatever thread the call runs on, often a Netty event
 * loop, so they must return quickly and never block; an exception thrown by one is caught and logged, and changes
 * nothing for the call. The endpoint is always one of the API's eight names ({@code get_user}, {@code get_user_recent},
 * {@code get_user_best}, {@code get_beatmaps}, {@code get_scores}, {@code get_match}, {@code get_replay},
 * {@code get_beatmap_osu}); nothing a listener is given holds the API key or a query parameter.
 */
public interface ClientListener {

	/**
	 * A request got its turn from the rate limiter.
	 * @param budget the budget the request drew from: {@link RequestKind#REPLAY} for get_replay, which also draws from
	 * the general budget, {@link RequestKind#GENERAL} for the rest
	 * @param wait how long the request waited, zero when a token was free
	 */
	default void limiterWaited(RequestKind budget, Duration wait) {
	}

	/**
	 * The rate limiter refused a request, which was not sent, because its turn was further away than max-wait.
	 * @param budget the budget the request drew from
	 */
	default void limiterRejected(RequestKind budget) {
	}

	/**
	 * A request failed in a way that may pass and is about to be tried again.
	 * @param endpoint the endpoint's name
	 * @param reason what failed
	 */
	default void retrying(String endpoint, RetryReason reason) {
	}

	/**
	 * A call joined an identical call already under way and shares its request instead of sending its own.
	 * @param endpoint the endpoint's name
	 */
	default void coalesced(String endpoint) {
	}

	/**
	 * A call was answered from the {@link ResponseCache}, without a request.
	 * @param endpoint the endpoint's name
	 */
	default void cacheHit(String endpoint) {
	}

	/**
	 * A call of a cached endpoint found nothing in the {@link ResponseCache}, or only an expired answer, and goes to
	 * the API.
	 * @param endpoint the endpoint's name
	 */
	default void cacheMissed(String endpoint) {
	}

	/**
	 * The API answered a request that carried the key, and the answer was not a refusal of the key.
	 * @param endpoint the endpoint's name
	 */
	default void keyAccepted(String endpoint) {
	}

	/**
	 * The API refused the key (HTTP 401, {@code Please provide a valid API key.}).
	 * @param endpoint the endpoint's name
	 * @param failure the failure the call ends with; its message never holds the key
	 */
	default void keyRejected(String endpoint, InvalidApiKeyException failure) {
	}

}
