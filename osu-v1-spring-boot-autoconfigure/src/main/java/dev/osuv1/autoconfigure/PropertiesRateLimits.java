package dev.osuv1.autoconfigure;

import java.time.Duration;

import dev.osuv1.ratelimit.RateLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.Assert;

/**
 * Reads the {@link RateLimits} from {@code osu.v1.limiter.*}, whichever store keeps the budget. A value the limiter
 * cannot use becomes an {@link InvalidConfigurationPropertyValueException} naming the property.
 */
final class PropertiesRateLimits {

	private PropertiesRateLimits() {
	}

	static RateLimits of(OsuV1Properties.Limiter limiter) {
		Assert.notNull(limiter, "'limiter' must not be null");
		return new RateLimits(positive("osu.v1.limiter.requests", limiter.getRequests()),
				positive("osu.v1.limiter.period", limiter.getPeriod()),
				positive("osu.v1.limiter.replay-requests", limiter.getReplayRequests()),
				positive("osu.v1.limiter.replay-period", limiter.getReplayPeriod()),
				positive("osu.v1.limiter.max-wait", limiter.getMaxWait()));
	}

	static long positive(String name, long value) {
		if (value <= 0) {
			throw new InvalidConfigurationPropertyValueException(name, value, "must be positive");
		}
		return value;
	}

	static Duration positive(String name, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "must be a positive duration");
		}
		return value;
	}

}
