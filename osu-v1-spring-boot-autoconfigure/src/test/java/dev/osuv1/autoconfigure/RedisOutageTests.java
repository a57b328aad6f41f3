package dev.osuv1.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.OsuV1Client;
import dev.osuv1.RateLimitException;
import dev.osuv1.ratelimit.EmbeddedRedis;
import dev.osuv1.ratelimit.RedisRateLimiter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killing and restarting the redis-server of {@code osu.v1.limiter.store=redis} in the middle of a run of calls:
 * {@code on-failure=fail} fails calls fast with the limiter's exception naming Redis and sends nothing,
 * {@code on-failure=local} keeps serving and warns once; both go back to Redis when it returns.
 */
class RedisOutageTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	/** Fast enough to tell a call that failed at once from one that waited for a timeout or a reconnection. */
	private static final Duration FAST = Duration.ofMillis(500);

	private static final Duration RECOVERY = Duration.ofSeconds(20);

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final EmbeddedRedis redis = EmbeddedRedis.start();

	private final Logger limiterLogger = Logger.getLogger(RedisRateLimiter.class.getName());

	private final List<LogRecord> logged = new CopyOnWriteArrayList<>();

	private final Handler handler = new Handler() {

		@Override
		public void publish(LogRecord record) {
			RedisOutageTests.this.logged.add(record);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	};

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl(),
				"osu.v1.limiter.store=redis", "osu.v1.limiter.redis.url=" + this.redis.url(),
				"osu.v1.retry.max-attempts=1");

	@BeforeEach
	void answerEmptyListsAndListenToTheLimiter() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		this.limiterLogger.addHandler(this.handler);
	}

	@AfterEach
	void stopRedis() {
		this.limiterLogger.removeHandler(this.handler);
		this.redis.close();
	}

	@Test
	void failModeFailsFastNamingRedisSendsNothingAndRecovers() {
		this.contextRunner.run((context) -> assertFailsFastWhileRedisIsDown(context.getBean(OsuV1Client.class)));
	}

	@Test
	void failModeFailsFastOnTheConnectionOfSpringDataRedisToo() {
		// Spring Data Redis's client queues commands while it is disconnected: the limiter must not wait for it
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + this.redis.port(),
					"osu.v1.limiter.redis.url=redis://127.0.0.1:1")
			.run((context) -> assertFailsFastWhileRedisIsDown(context.getBean(OsuV1Client.class)));
	}

	@Test
	void localModeKeepsServingWarnsOnceAndGoesBackToRedis() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.redis.on-failure=local").run((context) -> {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			CallLoop loop = CallLoop.start(client);
			try (loop) {
				loop.awaitAnswered(5, RECOVERY);
				this.redis.stop();
				Thread.sleep(1500);
				this.redis.startAgain();
				// Redis came back empty: once the limiter uses it again, its buckets are there again
				awaitBucketsInRedis(context.getBean(RedisRateLimiter.class));
				loop.awaitAnswered(5, RECOVERY);
			}
			// read once the loop has stopped, so that every request the server saw has its outcome
			List<CallLoop.Outcome> outcomes = loop.outcomes();
			assertThat(outcomes).allMatch(CallLoop.Outcome::answered);
			assertThat(outcomes.size()).as("calls, of which about 20 while Redis was down").isGreaterThan(25);
			server.verify(outcomes.size(), getRequestedFor(anyUrl()));
			assertThat(warnings()).singleElement()
				.satisfies((record) -> assertThat(record.getMessage()).contains("cannot be reached")
					.contains("calls take their turns from a limiter local to this instance until it answers again")
					.doesNotContain(KEY));
			assertThat(this.logged).filteredOn((record) -> record.getMessage().startsWith("Redis answers again"))
				.hasSize(1);
		});
	}

	private void assertFailsFastWhileRedisIsDown(OsuV1Client client) throws Exception {
		CallLoop loop = CallLoop.start(client);
		try (loop) {
			loop.awaitAnswered(5, RECOVERY);
			this.redis.stop();
			Thread.sleep(1500);
			this.redis.startAgain();
			loop.awaitAnswered(5, RECOVERY);
		}
		List<CallLoop.Outcome> outcomes = loop.outcomes();
		List<CallLoop.Outcome> failed = outcomes.stream().filter((outcome) -> !outcome.answered()).toList();
		assertThat(failed).as("calls while Redis was down").hasSizeGreaterThan(5).allSatisfy((outcome) -> {
			assertThat(outcome.failure()).isInstanceOfSatisfying(RateLimitException.class, (ex) -> {
				assertThat(ex.getMessage()).startsWith("The rate limiter could not reach Redis")
					.endsWith("the request was not sent")
					.doesNotContain(KEY);
				assertThat(ex.getStatus()).isZero();
			});
			assertThat(outcome.took()).isLessThan(RedisRateLimiter.DEFAULT_TIMEOUT.plus(FAST));
		});
		// only a call whose round trip was on its way when Redis died waits, for the timeout at most
		assertThat(failed).filteredOn((outcome) -> outcome.took().compareTo(FAST) >= 0).hasSizeLessThanOrEqualTo(1);
		long answered = outcomes.size() - failed.size();
		server.verify((int) answered, getRequestedFor(anyUrl()));
		assertThat(warnings()).hasSize(1);
		assertThat(this.logged).allSatisfy((record) -> assertThat(record.getMessage()).doesNotContain(KEY));
	}

	private void awaitBucketsInRedis(RedisRateLimiter limiter) throws InterruptedException {
		try (RedisClient client = RedisClient.create(this.redis.url());
				StatefulRedisConnection<String, String> connection = client.connect()) {
			long deadline = System.nanoTime() + RECOVERY.toNanos();
			while (connection.sync().exists(limiter.redisKeys().get(0)) == 0) {
				assertThat(System.nanoTime() - deadline).as("back to Redis within %s", RECOVERY).isNegative();
				Thread.sleep(50);
			}
		}
	}

	private List<LogRecord> warnings() {
		return this.logged.stream().filter((record) -> record.getLevel() == Level.WARNING).toList();
	}

}
