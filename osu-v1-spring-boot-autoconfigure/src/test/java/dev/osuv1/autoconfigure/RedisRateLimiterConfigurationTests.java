package dev.osuv1.autoconfigure;

import java.time.Duration;

import dev.osuv1.OsuV1Client;
import dev.osuv1.RateLimitException;
import dev.osuv1.ratelimit.BucketRateLimiter;
import dev.osuv1.ratelimit.EmbeddedRedis;
import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RateLimits;
import dev.osuv1.ratelimit.RedisFailureMode;
import dev.osuv1.ratelimit.RedisRateLimiter;
import dev.osuv1.ratelimit.RequestKind;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the Redis store of the rate limiter ({@code osu.v1.limiter.store=redis}) against a real redis-server:
 * which Redis it reaches, how the properties reach it, when it backs off, and how it fails at startup.
 */
class RedisRateLimiterConfigurationTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	/** Nothing listens there: a limiter that answers anyway did not use it. */
	private static final String DEAD_URL = "redis://127.0.0.1:1";

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static EmbeddedRedis redis;

	private static RedisClient inspectorClient;

	private static StatefulRedisConnection<String, String> inspector;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.limiter.store=redis");

	@BeforeAll
	static void startRedis() {
		redis = EmbeddedRedis.start();
		inspectorClient = RedisClient.create(redis.url());
		inspector = inspectorClient.connect();
	}

	@AfterAll
	static void stopRedis() {
		inspector.close();
		inspectorClient.shutdown();
		redis.close();
	}

	@BeforeEach
	void emptyRedis() {
		inspector.sync().flushall();
	}

	@Test
	void keepsTheBudgetInTheRedisAtTheUrl() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.redis.url=" + redis.url()).run((context) -> {
			assertThat(context).hasSingleBean(RateLimiter.class);
			RedisRateLimiter limiter = context.getBean(RedisRateLimiter.class);
			assertThat(context.getBean(OsuV1Client.class).getRateLimiter()).isSameAs(limiter);
			assertThat(limiter.limits()).isEqualTo(RateLimits.defaults());
			assertThat(limiter.onFailure()).isEqualTo(RedisFailureMode.FAIL);
			assertThat(limiter.acquire(RequestKind.REPLAY).block(TIMEOUT)).isNull();
			assertThat(inspector.sync().keys("*")).containsExactlyInAnyOrderElementsOf(limiter.redisKeys())
				.containsExactlyInAnyOrder("osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:general",
						"osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:replay");
		});
	}

	@Test
	void followsTheLimiterAndRedisProperties() {
		this.contextRunner
			.withPropertyValues("osu.v1.limiter.redis.url=" + redis.url(), "osu.v1.limiter.requests=2",
					"osu.v1.limiter.period=1h", "osu.v1.limiter.replay-requests=1", "osu.v1.limiter.max-wait=1ms",
					"osu.v1.limiter.redis.on-failure=local", "osu.v1.limiter.redis.timeout=3s")
			.run((context) -> {
				RedisRateLimiter limiter = context.getBean(RedisRateLimiter.class);
				assertThat(limiter.limits()).isEqualTo(new RateLimits(2, Duration.ofHours(1), 1,
						Duration.ofSeconds(60), Duration.ofMillis(1)));
				assertThat(limiter.onFailure()).isEqualTo(RedisFailureMode.LOCAL);
				assertThat(limiter.toString()).contains("timeout=PT3S").doesNotContain(KEY);
				assertThat(outcome(limiter)).isEqualTo("sent");
				assertThat(outcome(limiter)).isEqualTo("sent");
				assertThat(outcome(limiter)).isEqualTo("refused");
			});
	}

	@Test
	void usesTheRedisOfSpringDataRedisRatherThanTheUrl() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
					"osu.v1.limiter.redis.url=" + DEAD_URL)
			.run((context) -> {
				assertThat(context).hasSingleBean(LettuceConnectionFactory.class);
				RedisRateLimiter limiter = context.getBean(RedisRateLimiter.class);
				assertThat(limiter.acquire(RequestKind.GENERAL).block(TIMEOUT)).isNull();
				assertThat(inspector.sync().exists(limiter.redisKeys().get(0))).isOne();
			});
	}

	@Test
	void usesARedisClientBeanRatherThanTheUrl() {
		this.contextRunner.withBean(RedisClient.class, () -> RedisClient.create(redis.url()))
			.withPropertyValues("osu.v1.limiter.redis.url=" + DEAD_URL)
			.run((context) -> {
				RedisRateLimiter limiter = context.getBean(RedisRateLimiter.class);
				assertThat(limiter.acquire(RequestKind.GENERAL).block(TIMEOUT)).isNull();
				assertThat(inspector.sync().exists(limiter.redisKeys().get(0))).isOne();
			});
	}

	@Test
	void startsWhileRedisIsDownAndFailsCallsNamingRedis() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.redis.url=" + DEAD_URL).run((context) -> {
			assertThat(context).hasNotFailed();
			RateLimiter limiter = context.getBean(RateLimiter.class);
			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> limiter.acquire(RequestKind.GENERAL).block(TIMEOUT))
				.withMessageContaining("could not reach Redis")
				.withMessageNotContaining(KEY);
		});
	}

	@Test
	void storeIsLocalByDefault() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues("osu.v1.token=" + KEY)
			.run((context) -> assertThat(context).getBean(RateLimiter.class).isInstanceOf(BucketRateLimiter.class));
	}

	@Test
	void backsOffWhenUserDefinesRateLimiter() {
		RateLimiter limiter = (kind) -> Mono.empty();
		this.contextRunner.withBean(RateLimiter.class, () -> limiter).run((context) -> {
			assertThat(context).hasSingleBean(RateLimiter.class);
			assertThat(context.getBean(OsuV1Client.class).getRateLimiter()).isSameAs(limiter);
		});
	}

	@Test
	void disabledLimiterWinsOverTheStore() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(RateLimiter.class).hasSingleBean(OsuV1Client.class));
	}

	@Test
	void createsNoRedisLimiterWithoutToken() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues("osu.v1.limiter.store=redis")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RateLimiter.class));
	}

	@Test
	void failsNamingTheStoreWhenBucket4jLettuceIsMissing() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Bucket4jLettuce.class)).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, (ex) -> {
					assertThat(ex.getName()).isEqualTo("osu.v1.limiter.store");
					assertThat(ex.getReason()).contains("com.bucket4j:bucket4j_jdk17-lettuce");
				});
		});
	}

	@Test
	void failsNamingTheUrlWithoutShowingItsPassword() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.redis.url=http://user:secret@example.com")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, (ex) -> {
						assertThat(ex.getName()).isEqualTo("osu.v1.limiter.redis.url");
						assertThat(ex.getValue()).isEqualTo("http://(hidden)@example.com");
						assertThat(ex.getMessage()).doesNotContain("secret");
					});
			});
	}

	@Test
	void failsNamingTheTimeoutWhenItIsNotPositive() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.redis.timeout=0s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
						(ex) -> assertThat(ex.getName()).isEqualTo("osu.v1.limiter.redis.timeout"));
		});
	}

	@Test
	void failsAtBindingWhenOnFailureIsUnknown() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.redis.on-failure=retry")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("osu.v1.limiter.redis.on-failure"));
	}

	private static String outcome(RateLimiter limiter) {
		return limiter.acquire(RequestKind.GENERAL)
			.then(Mono.just("sent"))
			.onErrorResume(RateLimitException.class, (ex) -> Mono.just("refused"))
			.block(TIMEOUT);
	}

}
