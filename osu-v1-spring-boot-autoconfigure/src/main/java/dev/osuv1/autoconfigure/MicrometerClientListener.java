package dev.osuv1.autoconfigure;

import java.time.Duration;
import java.util.Locale;

import dev.osuv1.ClientListener;
import dev.osuv1.RetryReason;
import dev.osuv1.ratelimit.RequestKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.util.Assert;

/**
 * Records what the client's calls do as Micrometer meters. Every tag takes a value from a small fixed set: the
 * bucket ({@code general}, {@code replay}), the endpoint's name ({@code get_user}...), the retry reason, the cache
 * result; never a query parameter or the key.
 */
final class MicrometerClientListener implements ClientListener {

	static final String LIMITER_WAIT = "osu.v1.limiter.wait";

	static final String LIMITER_REJECTED = "osu.v1.limiter.rejected";

	static final String RETRIES = "osu.v1.retries";

	static final String COALESCED = "osu.v1.coalesced";

	static final String CACHE_GETS = "osu.v1.cache.gets";

	private final MeterRegistry registry;

	MicrometerClientListener(MeterRegistry registry) {
		Assert.notNull(registry, "'registry' must not be null");
		this.registry = registry;
		// the limiter's meters exist from the start, so that a dashboard shows 0 rather than nothing
		for (RequestKind budget : RequestKind.values()) {
			waitTimer(budget);
			rejectedCounter(budget);
		}
	}

	@Override
	public void limiterWaited(RequestKind budget, Duration wait) {
		waitTimer(budget).record(wait);
	}

	@Override
	public void limiterRejected(RequestKind budget) {
		rejectedCounter(budget).increment();
	}

	@Override
	public void retrying(String endpoint, RetryReason reason) {
		Counter.builder(RETRIES)
			.description("Requests of the osu! API v1 tried again after a failure that may pass")
			.tag("endpoint", endpoint)
			.tag("reason", reason.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	@Override
	public void coalesced(String endpoint) {
		Counter.builder(COALESCED)
			.description("Calls of the osu! API v1 that shared the request of an identical call under way")
			.tag("endpoint", endpoint)
			.register(this.registry)
			.increment();
	}

	@Override
	public void cacheHit(String endpoint) {
		cacheGets(endpoint, "hit").increment();
	}

	@Override
	public void cacheMissed(String endpoint) {
		cacheGets(endpoint, "miss").increment();
	}

	private Timer waitTimer(RequestKind budget) {
		return Timer.builder(LIMITER_WAIT)
			.description("Time requests to the osu! API v1 waited for the client-side rate limiter")
			.tag("bucket", bucket(budget))
			.register(this.registry);
	}

	private Counter rejectedCounter(RequestKind budget) {
		return Counter.builder(LIMITER_REJECTED)
			.description("Requests to the osu! API v1 refused by the client-side rate limiter, and not sent")
			.tag("bucket", bucket(budget))
			.register(this.registry);
	}

	private Counter cacheGets(String endpoint, String result) {
		return Counter.builder(CACHE_GETS)
			.description("Calls of a cached osu! API v1 endpoint, answered from the cache (hit) or not (miss)")
			.tag("endpoint", endpoint)
			.tag("result", result)
			.register(this.registry);
	}

	static String bucket(RequestKind budget) {
		return budget.name().toLowerCase(Locale.ROOT);
	}

}
