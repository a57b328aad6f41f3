package dev.osuv1.autoconfigure;

import dev.osuv1.ratelimit.RateLimiter;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The rate limiter for {@code osu.v1.limiter.store=redis}: a {@link dev.osuv1.ratelimit.RedisRateLimiter} keeping the
 * budget of {@code osu.v1.token} in Redis, on the application's own Lettuce client when it has one, else on
 * {@code osu.v1.limiter.redis.url}. It backs off when the application defines its own {@link RateLimiter}; without a
 * token there is no budget to share, and no limiter. Startup fails, naming {@code osu.v1.limiter.store}, when Lettuce
 * or Bucket4j's Lettuce integration is missing, rather than run unlimited.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "osu.v1.limiter.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "osu.v1.limiter.store", havingValue = "redis")
class RedisRateLimiterConfiguration {

	static final String STORE_PROPERTY = "osu.v1.limiter.store";

	private static final String BEAN_NAME = "osuV1RateLimiter";

	private static final String[] REQUIRED_CLASSES = { "io.lettuce.core.RedisClient",
			"io.github.bucket4j.redis.lettuce.Bucket4jLettuce" };

	@Bean(BEAN_NAME)
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "osu.v1.token")
	RateLimiter osuV1RateLimiter(OsuV1Properties properties, ConfigurableListableBeanFactory beanFactory) {
		for (String className : REQUIRED_CLASSES) {
			if (!ClassUtils.isPresent(className, beanFactory.getBeanClassLoader())) {
				throw new InvalidConfigurationPropertyValueException(STORE_PROPERTY, "redis",
						"the Redis store needs io.lettuce:lettuce-core and com.bucket4j:bucket4j_jdk17-lettuce on the "
								+ "class path, and " + className + " is not there");
			}
		}
		return RedisRateLimiterFactory.create(BEAN_NAME, properties, beanFactory);
	}

}
