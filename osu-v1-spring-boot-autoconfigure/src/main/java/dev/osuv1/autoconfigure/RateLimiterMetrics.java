package dev.osuv1.autoconfigure;

import java.util.OptionalLong;
import java.util.function.Supplier;

import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RequestKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Gauges of the tokens left in the client's rate-limiter buckets ({@code osu.v1.limiter.available}, one per bucket).
 * The limiter is looked up when the gauge is read, and a gauge reads NaN while there is none or it does not count
 * tokens.
 */
final class RateLimiterMetrics implements MeterBinder {

	static final String LIMITER_AVAILABLE = "osu.v1.limiter.available";

	private final Supplier<@Nullable RateLimiter> rateLimiter;

	RateLimiterMetrics(Supplier<@Nullable RateLimiter> rateLimiter) {
		Assert.notNull(rateLimiter, "'rateLimiter' must not be null");
		this.rateLimiter = rateLimiter;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (RequestKind budget : RequestKind.values()) {
			Gauge.builder(LIMITER_AVAILABLE, () -> available(budget))
				.description("Tokens left in a bucket of the osu! API v1 client-side rate limiter; negative while "
						+ "requests wait for tokens they reserved")
				.tag("bucket", MicrometerClientListener.bucket(budget))
				.register(registry);
		}
	}

	private double available(RequestKind budget) {
		try {
			RateLimiter limiter = this.rateLimiter.get();
			OptionalLong tokens = (limiter != null) ? limiter.availableTokens(budget) : OptionalLong.empty();
			return tokens.isPresent() ? tokens.getAsLong() : Double.NaN;
		}
		catch (RuntimeException ex) {
			// a shared bucket's store can be out of reach; a gauge must not fail the scrape
			return Double.NaN;
		}
	}

}
