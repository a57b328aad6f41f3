package dev.osuv1.autoconfigure;

import dev.osuv1.ratelimit.RedisFailureMode;
import dev.osuv1.ratelimit.RedisRateLimiter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.Assert;

/**
 * Makes the {@link RedisRateLimiter} from {@code osu.v1.limiter.*}: on the application's own Lettuce client when it has
 * one (see {@link ApplicationRedisClient}), else on a client of the limiter's own for {@code osu.v1.limiter.redis.url}.
 * Kept apart from {@link RedisRateLimiterConfiguration} so that nothing loads Lettuce's types before the configuration
 * has checked that they are there.
 */
final class RedisRateLimiterFactory {

	private static final Log logger = LogFactory.getLog(RedisRateLimiterFactory.class);

	private RedisRateLimiterFactory() {
	}

	static RedisRateLimiter create(String beanName, OsuV1Properties properties,
			ConfigurableListableBeanFactory beanFactory) {
		Assert.notNull(properties, "'properties' must not be null");
		Assert.notNull(beanFactory, "'beanFactory' must not be null");
		OsuV1Properties.Limiter limiter = properties.getLimiter();
		OsuV1Properties.Limiter.Redis redis = limiter.getRedis();
		RedisRateLimiter.Builder builder = RedisRateLimiter.builder()
			.limits(PropertiesRateLimits.of(limiter))
			.token(token(properties.getToken()))
			.onFailure(onFailure(redis.getOnFailure()))
			.timeout(PropertiesRateLimits.positive("osu.v1.limiter.redis.timeout", redis.getTimeout()));
		ApplicationRedisClient client = ApplicationRedisClient.find(beanFactory);
		if (client != null) {
			logger.debug("The osu! API rate limiter keeps its budget in the Redis of bean '" + client.beanName() + "'");
			// the limiter closes its connection on the client, so it must be destroyed before the client is
			beanFactory.registerDependentBean(client.beanName(), beanName);
			builder.client(client.client());
		}
		else {
			logger.debug("The osu! API rate limiter keeps its budget in the Redis at osu.v1.limiter.redis.url");
			builder.url(url(redis.getUrl()));
		}
		return builder.build();
	}

	// The key only names the buckets, through its hash; a malformed one also fails the client, with a full analysis
	private static String token(@Nullable String token) {
		if (token == null || token.isBlank()) {
			throw new InvalidConfigurationPropertyValueException(PropertiesOsuV1ClientCustomizer.TOKEN_PROPERTY,
					PropertiesOsuV1ClientCustomizer.HIDDEN_VALUE, "the osu! API key must not be blank");
		}
		return token;
	}

	private static RedisFailureMode onFailure(@Nullable RedisFailureMode onFailure) {
		if (onFailure == null) {
			throw new InvalidConfigurationPropertyValueException("osu.v1.limiter.redis.on-failure", null,
					"must be fail or local");
		}
		return onFailure;
	}

	private static String url(@Nullable String url) {
		if (url == null || url.isBlank() || !url.strip().matches("(?i)rediss?://.+")) {
			// a password in the URL is not shown
			String shown = (url != null) ? url.replaceFirst("//[^/@]*@", "//(hidden)@") : null;
			throw new InvalidConfigurationPropertyValueException("osu.v1.limiter.redis.url", shown,
					"must be a Redis URL such as redis://localhost:6379");
		}
		return url.strip();
	}

}
