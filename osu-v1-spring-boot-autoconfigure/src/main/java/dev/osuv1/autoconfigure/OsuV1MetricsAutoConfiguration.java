package dev.osuv1.autoconfigure;

import dev.osuv1.OsuV1Client;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the osu! API v1
 * client's metrics, when the application has a Micrometer {@link MeterRegistry}: {@code osu.v1.limiter.wait},
 * {@code osu.v1.limiter.rejected}, {@code osu.v1.limiter.available}, {@code osu.v1.retries},
 * {@code osu.v1.coalesced} and {@code osu.v1.cache.gets}. The HTTP calls themselves are recorded by Spring Boot's
 * {@code WebClient} observation as {@code http.client.requests}, their {@code uri} tag the endpoint's path
 * ({@code /api/get_user}, {@code /osu/{id}}).
 */
@AutoConfiguration(
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple."
						+ "SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ OsuV1Client.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
public final class OsuV1MetricsAutoConfiguration {

	@Bean
	OsuV1ClientCustomizer osuV1MetricsClientCustomizer(MeterRegistry meterRegistry) {
		MicrometerClientListener listener = new MicrometerClientListener(meterRegistry);
		return (builder) -> builder.listener(listener);
	}

	@Bean
	RateLimiterMetrics osuV1RateLimiterMetrics(ObjectProvider<OsuV1Client> client) {
		return new RateLimiterMetrics(() -> {
			OsuV1Client unique = client.getIfUnique();
			return (unique != null) ? unique.getRateLimiter() : null;
		});
	}

}
