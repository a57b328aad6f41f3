package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.osuv1.RateLimitException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RedisRateLimiter} while its redis-server is killed and started again, in both failure modes, and
 * when it is not there yet when the limiter starts.
 */
class RedisRateLimiterOutageTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String GENERAL_BUCKET = BucketKeys.of(KEY).general();

	private static final RateLimits LIMITS = new RateLimits(5, Duration.ofHours(1), 2, Duration.ofHours(1),
			Duration.ofMillis(1));

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	/** Fast enough to tell a call that failed at once from one that waited for a timeout or a reconnection. */
	private static final Duration FAST = Duration.ofMillis(500);

	private final EmbeddedRedis redis = EmbeddedRedis.notStarted();

	private final Logger logger = Logger.getLogger(RedisRateLimiter.class.getName());

	private final List<LogRecord> logged = new CopyOnWriteArrayList<>();

	private final Handler handler = new Handler() {

		@Override
		public void publish(LogRecord record) {
			RedisRateLimiterOutageTests.this.logged.add(record);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	};

	@BeforeEach
	void listenToTheLimiter() {
		this.logger.addHandler(this.handler);
	}

	@AfterEach
	void stopRedis() {
		this.logger.removeHandler(this.handler);
		this.redis.close();
	}

	@Test
	void failModeFailsFastNamingRedisWhileItIsDownAndRecoversWhenItReturns() throws Exception {
		this.redis.startAgain();
		try (RedisRateLimiter limiter = limiter(RedisFailureMode.FAIL)) {
			assertThat(outcome(limiter)).isEqualTo("sent");
			this.redis.stop();
			for (int i = 0; i < 10; i++) {
				long start = System.nanoTime();
				assertThatExceptionOfType(RateLimitException.class)
					.isThrownBy(() -> limiter.acquire(RequestKind.GENERAL).block(TIMEOUT))
					.satisfies((ex) -> {
						assertThat(ex.getMessage()).startsWith("The rate limiter could not reach Redis, which holds "
								+ "the budget shared by every instance (")
							.endsWith("); the request was not sent")
							.doesNotContain(KEY);
						assertThat(ex.getStatus()).isZero();
						assertThat(ex.getCause()).isNotNull();
					});
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
			}
			assertThat(warnings()).hasSize(1);
			this.redis.startAgain();
			awaitUntil(() -> "sent".equals(outcome(limiter)));
			assertThat(this.logged).filteredOn((record) -> record.getMessage().startsWith("Redis answers again"))
				.hasSize(1);
		}
	}

	@Test
	void localModeKeepsServingWhileRedisIsDownWarnsOnceAndGoesBackToIt() throws Exception {
		this.redis.startAgain();
		try (RedisRateLimiter limiter = limiter(RedisFailureMode.LOCAL)) {
			assertThat(outcome(limiter)).isEqualTo("sent");
			this.redis.stop();
			long start = System.nanoTime();
			// the local budget is whole: 5 go, the next is refused as the shared one would refuse it
			for (int i = 0; i < 5; i++) {
				assertThat(outcome(limiter)).isEqualTo("sent");
			}
			assertThat(outcome(limiter)).isEqualTo("refused");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST.multipliedBy(6));
			assertThat(warnings()).singleElement()
				.satisfies((record) -> assertThat(record.getMessage()).contains("cannot be reached")
					.contains("calls take their turns from a limiter local to this instance until it answers again")
					.doesNotContain(KEY));
			this.redis.startAgain();
			// Redis came back empty: once the limiter uses it again, its buckets are there again
			try (RedisClient client = RedisClient.create(this.redis.url());
					StatefulRedisConnection<String, String> connection = client.connect()) {
				awaitUntil(() -> "sent".equals(outcome(limiter)) && connection.sync().exists(GENERAL_BUCKET) == 1);
			}
			assertThat(warnings()).hasSize(1);
		}
	}

	@Test
	void startsWithoutRedisAndUsesItOnceItAnswers() throws Exception {
		try (RedisRateLimiter limiter = limiter(RedisFailureMode.FAIL)) {
			long start = System.nanoTime();
			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> limiter.acquire(RequestKind.GENERAL).block(TIMEOUT))
				.withMessageContaining("could not reach Redis");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			this.redis.startAgain();
			awaitUntil(() -> "sent".equals(outcome(limiter)));
		}
	}

	private RedisRateLimiter limiter(RedisFailureMode onFailure) {
		return RedisRateLimiter.builder().token(KEY).limits(LIMITS).url(this.redis.url()).onFailure(onFailure).build();
	}

	private List<LogRecord> warnings() {
		return this.logged.stream().filter((record) -> record.getLevel() == java.util.logging.Level.WARNING).toList();
	}

	private static String outcome(RateLimiter limiter) {
		return limiter.acquire(RequestKind.GENERAL)
			.then(Mono.just("sent"))
			.onErrorResume(RateLimitException.class,
					(ex) -> Mono.just(ex.getMessage().contains("Redis") ? "unreachable" : "refused"))
			.block(TIMEOUT);
	}

	private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 15 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
