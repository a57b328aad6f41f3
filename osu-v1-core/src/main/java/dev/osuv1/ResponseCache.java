package dev.osuv1;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Keeps the API's answers for a while, so that a call repeated within an endpoint's time to live is answered without
 * a request and without spending a rate-limit token. Set one with
 * {@link OsuV1Client.Builder#responseCache(ResponseCache)}; there is none by default.
 *
 * <p>The client stores only answers it could read (a value, or "not found"), never a failure, each with the instant
 * it expires; it checks that instant itself, so an implementation need not expire entries, though a bounded one
 * should evict them. Keys are a request's path and query string, its parameters in a fixed order and URL-encoded,
 * such as {@code /api/get_user?u=peppy&type=string&m=0}: they never hold the API key, which the client adds to a
 * request only as it leaves.
 */
public interface ResponseCache {

	/**
	 * Returns how long answers of an endpoint are kept.
	 * @param endpoint the endpoint's name, such as {@code get_user} or {@code get_beatmap_osu}
	 * @return the time to live; zero or negative when the endpoint is not cached, and then the cache is not asked
	 */
	Duration timeToLive(String endpoint);

	/**
	 * Looks an answer up. The client subscribes on the thread the call runs on, possibly a Netty event loop: an
	 * implementation that blocks must move its work elsewhere (for example with {@code subscribeOn}).
	 * @param key the request's path and query string
	 * @return the stored answer, or empty when there is none; an error counts as none
	 */
	Mono<CachedResponse> get(String key);

	/**
	 * Stores an answer, replacing any other under the key. Like {@link #get(String)}, it must not block the
	 * subscribing thread.
	 * @param key the request's path and query string
	 * @param response the answer, with the instant it expires
	 * @return completes once stored; an error is ignored, the call has its answer already
	 */
	Mono<Void> put(String key, CachedResponse response);

}
