package dev.osuv1.autoconfigure;

import java.time.Duration;
import java.util.function.Function;

import dev.osuv1.CachedResponse;
import dev.osuv1.ResponseCache;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.cache.Cache;
import org.springframework.util.Assert;

/**
 * A {@link ResponseCache} kept in a cache of Spring's cache abstraction, such as one of the application's
 * {@code CacheManager}. Its keys are the requests' paths and query strings, never the API key. Spring's caches may
 * block (a Redis one does), so every look-up runs on the bounded elastic scheduler, never on an event loop.
 */
final class SpringResponseCache implements ResponseCache {

	private final Cache cache;

	private final Function<String, Duration> timeToLive;

	/**
	 * Creates a response cache.
	 * @param cache where the answers are kept
	 * @param timeToLive how long answers of each endpoint are kept, by endpoint name; zero for an endpoint not cached
	 */
	SpringResponseCache(Cache cache, Function<String, Duration> timeToLive) {
		Assert.notNull(cache, "'cache' must not be null");
		Assert.notNull(timeToLive, "'timeToLive' must not be null");
		this.cache = cache;
		this.timeToLive = timeToLive;
	}

	@Override
	public Duration timeToLive(String endpoint) {
		return this.timeToLive.apply(endpoint);
	}

	@Override
	public Mono<CachedResponse> get(String key) {
		return Mono.fromCallable(() -> this.cache.get(key, CachedResponse.class))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public Mono<Void> put(String key, CachedResponse response) {
		return Mono.fromRunnable(() -> this.cache.put(key, response)).subscribeOn(Schedulers.boundedElastic()).then();
	}

	@Override
	public String toString() {
		return "SpringResponseCache[" + this.cache.getName() + "]";
	}

}
