package dev.osuv1.autoconfigure;

import dev.osuv1.OsuV1Client;
import dev.osuv1.ratelimit.BucketRateLimiter;
import dev.osuv1.ratelimit.RateLimiter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the osu! API v1
 * client. The {@link OsuV1Client} is created once {@code osu.v1.token} is set, from Spring Boot's
 * {@link WebClient.Builder} so that the application's {@code WebClientCustomizer}s and observation apply, limited by
 * the {@link RateLimiter} bean (Bucket4j buckets sized by {@code osu.v1.limiter.*}, kept in this instance or, with
 * {@code osu.v1.limiter.store=redis}, in Redis, unless the application defines its own; none, and no limit, with
 * {@code osu.v1.limiter.enabled=false}), and customized by every
 * {@link OsuV1ClientCustomizer} bean. It is closed with the application context.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnClass({ OsuV1Client.class, WebClient.class })
@EnableConfigurationProperties(OsuV1Properties.class)
@Import(RedisRateLimiterConfiguration.class)
public final class OsuV1AutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "osu.v1.token")
	OsuV1Client osuV1Client(OsuV1Properties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<RateLimiter> rateLimiter, ObjectProvider<OsuV1ClientCustomizer> customizers) {
		OsuV1Client.Builder builder = OsuV1Client.builder()
			.webClientBuilder(webClientBuilder.getIfAvailable(WebClient::builder));
		new PropertiesOsuV1ClientCustomizer(properties).customize(builder);
		rateLimiter.ifAvailable(builder::rateLimiter);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "osu.v1.limiter.enabled", matchIfMissing = true)
	@ConditionalOnProperty(name = "osu.v1.limiter.store", havingValue = "local", matchIfMissing = true)
	static class RateLimiterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		RateLimiter osuV1RateLimiter(OsuV1Properties properties) {
			return BucketRateLimiter.create(PropertiesRateLimits.of(properties.getLimiter()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class TokenSanitizingConfiguration {

		@Bean
		SanitizingFunction osuV1TokenSanitizingFunction(OsuV1Properties properties) {
			return new TokenSanitizingFunction(properties);
		}

	}

}
