package dev.osuv1.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import dev.osuv1.OsuV1Client;
import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RequestKind;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * Health of the osu! API v1 client, spending no API call: DOWN once the API refused the key (HTTP 401), until a later
 * call that carries the key is answered; UP otherwise. The details give the base URL, what the API last said of the
 * key, and the tokens left in the rate limiter's buckets; never the key.
 */
final class OsuV1HealthIndicator extends AbstractHealthIndicator {

	private final OsuV1Client client;

	private final ApiKeyStatus keyStatus;

	OsuV1HealthIndicator(OsuV1Client client, ApiKeyStatus keyStatus) {
		super("osu! API v1 health check failed");
		Assert.notNull(client, "'client' must not be null");
		Assert.notNull(keyStatus, "'keyStatus' must not be null");
		this.client = client;
		this.keyStatus = keyStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		ApiKeyStatus.State key = this.keyStatus.state();
		if (key.verdict() == ApiKeyStatus.Verdict.REJECTED) {
			builder.down().withDetail("error", "the API refused the key: " + key.message());
		}
		else {
			builder.up();
		}
		builder.withDetail("baseUrl", this.client.getBaseUrl());
		builder.withDetail("apiKey", key.verdict().name().toLowerCase(Locale.ROOT));
		if (key.at() != null) {
			builder.withDetail("apiKeyCheckedAt", key.at().toString())
				.withDetail("apiKeyCheckedBy", String.valueOf(key.endpoint()));
		}
		builder.withDetail("limiter", limiter(this.client.getRateLimiter()));
	}

	private static Map<String, Object> limiter(RateLimiter limiter) {
		Map<String, Object> details = new LinkedHashMap<>();
		try {
			for (RequestKind budget : RequestKind.values()) {
				OptionalLong available = limiter.availableTokens(budget);
				details.put(MicrometerClientListener.bucket(budget) + "Available",
						available.isPresent() ? available.getAsLong() : "not counted");
			}
		}
		catch (RuntimeException ex) {
			// a shared bucket's store can be out of reach: that is the store's health, not the API's
			details.put("error", "the limiter's buckets could not be read: " + ex.getClass().getSimpleName());
		}
		return details;
	}

}
