package dev.osuv1.autoconfigure;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.ClassUtils;

/**
 * The application's own Lettuce {@link RedisClient}, so that the limiter reaches the Redis the application configured
 * ({@code spring.data.redis.*}, or its own client) with its address, credentials, TLS and threads: the client behind a
 * Spring Data Redis {@link LettuceConnectionFactory}, else a {@code RedisClient} bean. The limiter opens a connection
 * of its own on it.
 *
 * @param client the client
 * @param beanName the bean it comes from, which the limiter must outlive
 */
record ApplicationRedisClient(RedisClient client, String beanName) {

	private static final String LETTUCE_CONNECTION_FACTORY = "org.springframework.data.redis.connection.lettuce."
			+ "LettuceConnectionFactory";

	/**
	 * Returns the application's client.
	 * @param beanFactory where the application's beans are
	 * @return the client, or {@code null} when the application has none, or more than one
	 */
	static @Nullable ApplicationRedisClient find(ConfigurableListableBeanFactory beanFactory) {
		if (ClassUtils.isPresent(LETTUCE_CONNECTION_FACTORY, beanFactory.getBeanClassLoader())) {
			ApplicationRedisClient client = SpringDataRedis.client(beanFactory);
			if (client != null) {
				return client;
			}
		}
		String name = onlyBeanName(beanFactory, RedisClient.class);
		return (name != null) ? new ApplicationRedisClient(beanFactory.getBean(name, RedisClient.class), name) : null;
	}

	private static @Nullable String onlyBeanName(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
		String[] names = beanFactory.getBeanNamesForType(type);
		return (names.length == 1) ? names[0] : null;
	}

	/**
	 * Reads Spring Data Redis's connection factory; only loaded when Spring Data Redis is there.
	 */
	private static final class SpringDataRedis {

		static @Nullable ApplicationRedisClient client(ConfigurableListableBeanFactory beanFactory) {
			String name = onlyBeanName(beanFactory, LettuceConnectionFactory.class);
			if (name == null) {
				return null;
			}
			LettuceConnectionFactory factory = beanFactory.getBean(name, LettuceConnectionFactory.class);
			AbstractRedisClient client = factory.getNativeClient();
			if (client == null) {
				// a factory that does not start early has no client yet; starting it is what its lifecycle would do a
				// little later
				factory.start();
				client = factory.getRequiredNativeClient();
			}
			if (client instanceof RedisClient redisClient) {
				return new ApplicationRedisClient(redisClient, name);
			}
			throw new InvalidConfigurationPropertyValueException(RedisRateLimiterConfiguration.STORE_PROPERTY, "redis",
					"the application's Redis is a cluster (" + client.getClass().getSimpleName()
							+ "), and the Redis store supports a single Redis or Sentinel only");
		}

	}

}
