package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.osuv1.RateLimitException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link RedisRateLimiter} against a real redis-server: where the buckets live, that limiters on one key
 * share one budget and limiters on two keys do not, and that no Redis round trip runs on the subscribing thread.
 */
class RedisRateLimiterTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String OTHER_KEY = "fedcba9876543210fedcba9876543210fedcba98";

	/** N per P, with a max-wait so short that a call past the budget is refused at once. */
	private static final RateLimits FIVE_AN_HOUR = new RateLimits(5, Duration.ofHours(1), 2, Duration.ofHours(1),
			Duration.ofMillis(1));

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static EmbeddedRedis redis;

	private static RedisClient client;

	private static StatefulRedisConnection<String, String> inspector;

	private final List<RedisRateLimiter> limiters = new ArrayList<>();

	@BeforeAll
	static void startRedis() {
		redis = EmbeddedRedis.start();
		client = RedisClient.create(redis.url());
		inspector = client.connect();
	}

	@AfterAll
	static void stopRedis() {
		inspector.close();
		client.shutdown();
		redis.close();
	}

	@BeforeEach
	void emptyRedis() {
		inspector.sync().flushall();
	}

	@AfterEach
	void closeLimiters() {
		this.limiters.forEach(RedisRateLimiter::close);
	}

	@Test
	void bucketsLiveInRedisUnderAHashOfTheKeyAndExpireOnceRefilled() {
		RedisRateLimiter limiter = limiter(KEY, new RateLimits(5, Duration.ofSeconds(2), 2, Duration.ofSeconds(4),
				Duration.ofSeconds(1)));
		assertThat(limiter.acquire(RequestKind.REPLAY).block(TIMEOUT)).isNull();
		RedisCommands<String, String> redisCommands = inspector.sync();
		assertThat(redisCommands.keys("*")).containsExactlyInAnyOrder(
				"osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:general", "osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:replay")
			.containsExactlyInAnyOrderElementsOf(limiter.redisKeys())
			.allSatisfy((key) -> assertThat(key).doesNotContain(KEY));
		// one token of 5 per 2 s refills in 0.4 s, one of 2 per 4 s in 2 s; then the keys stay 10 s
		assertThat(redisCommands.pttl(limiter.redisKeys().get(0))).isBetween(9_000L, 10_400L);
		assertThat(redisCommands.pttl(limiter.redisKeys().get(1))).isBetween(11_000L, 12_000L);
	}

	@Test
	void limitersOnOneKeyShareOneBudget() {
		RedisRateLimiter first = limiter(KEY, FIVE_AN_HOUR);
		RedisRateLimiter second = limiter(KEY, FIVE_AN_HOUR);
		List<String> outcomes = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			outcomes.add(outcome(first, RequestKind.GENERAL));
			outcomes.add(outcome(second, RequestKind.GENERAL));
		}
		assertThat(outcomes).filteredOn("sent"::equals).hasSize(5);
		assertThat(outcomes).filteredOn("refused"::equals).hasSize(11);
	}

	@Test
	void limitersOnDifferentKeysDoNotShareABudget() {
		RedisRateLimiter first = limiter(KEY, FIVE_AN_HOUR);
		RedisRateLimiter second = limiter(OTHER_KEY, FIVE_AN_HOUR);
		List<String> firstOutcomes = new ArrayList<>();
		List<String> secondOutcomes = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			firstOutcomes.add(outcome(first, RequestKind.GENERAL));
			secondOutcomes.add(outcome(second, RequestKind.GENERAL));
		}
		assertThat(firstOutcomes).containsExactly("sent", "sent", "sent", "sent", "sent", "refused", "refused",
				"refused");
		assertThat(secondOutcomes).isEqualTo(firstOutcomes);
		assertThat(inspector.sync().keys("*")).hasSize(2);
	}

	@Test
	void replaysShareTheReplayBudgetAndDrawFromTheGeneralOne() {
		RedisRateLimiter first = limiter(KEY, FIVE_AN_HOUR);
		RedisRateLimiter second = limiter(KEY, FIVE_AN_HOUR);
		assertThat(outcome(first, RequestKind.REPLAY)).isEqualTo("sent");
		assertThat(outcome(second, RequestKind.REPLAY)).isEqualTo("sent");
		assertThat(outcome(first, RequestKind.REPLAY)).isEqualTo("refused");
		assertThat(outcome(second, RequestKind.GENERAL)).isEqualTo("sent");
		assertThat(outcome(first, RequestKind.GENERAL)).isEqualTo("sent");
		assertThat(outcome(second, RequestKind.GENERAL)).isEqualTo("sent");
		assertThat(outcome(first, RequestKind.GENERAL)).isEqualTo("refused");
	}

	@Test
	void refusalsSayWhyAndNeverHoldTheKey() {
		RedisRateLimiter limiter = limiter(KEY, FIVE_AN_HOUR);
		for (int i = 0; i < 5; i++) {
			limiter.acquire(RequestKind.GENERAL).block(TIMEOUT);
		}
		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> limiter.acquire(RequestKind.GENERAL).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isZero();
				assertThat(ex.getMessage()).contains("longer than max-wait 0.001 s (general budget: 5 requests per "
						+ "3600 s)")
					.doesNotContain(KEY);
				assertThat(ex.getRetryAfter()).isGreaterThan(Duration.ofMinutes(11));
			});
	}

	@Test
	void noRoundTripRunsOnTheSubscribingThread() throws Exception {
		RedisRateLimiter limiter = limiter(KEY, FIVE_AN_HOUR.withMaxWait(Duration.ofSeconds(5)));
		assertThat(limiter.acquire(RequestKind.GENERAL).block(TIMEOUT)).as("connected").isNull();
		// Redis holds every command for 500 ms: a reservation made on this thread would hold it as long
		inspector.sync().clientPause(500);
		AtomicReference<SignalType> signal = new AtomicReference<>();
		long start = System.nanoTime();
		Disposable subscription = limiter.acquire(RequestKind.GENERAL)
			.doFinally(signal::set)
			.subscribe();
		Duration subscribing = Duration.ofNanos(System.nanoTime() - start);
		assertThat(subscribing).isLessThan(Duration.ofMillis(100));
		assertThat(signal.get()).as("still waiting for Redis").isNull();
		awaitUntil(() -> signal.get() != null);
		assertThat(signal.get()).isEqualTo(SignalType.ON_COMPLETE);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(400));
		subscription.dispose();
	}

	@Test
	void cancellingAWaitingCallGivesItsTokenBackInRedis() throws Exception {
		// 2 tokens per 10 s: one refills every 5 s; max-wait 6 s lets one call wait, not two
		RateLimits limits = new RateLimits(2, Duration.ofSeconds(10), 2, Duration.ofSeconds(10),
				Duration.ofSeconds(6));
		RedisRateLimiter limiter = limiter(KEY, limits);
		RedisRateLimiter other = limiter(KEY, limits);
		limiter.acquire(RequestKind.GENERAL).block(TIMEOUT);
		limiter.acquire(RequestKind.GENERAL).block(TIMEOUT);
		AtomicReference<SignalType> waiting = new AtomicReference<>();
		Disposable call = limiter.acquire(RequestKind.GENERAL).doFinally(waiting::set).subscribe();
		awaitUntil(() -> tokens() < 0);
		call.dispose();
		awaitUntil(() -> tokens() >= 0);
		assertThat(waiting.get()).isEqualTo(SignalType.CANCEL);
		// the token given back is the other instance's 5 s turn, within its max-wait
		AtomicReference<SignalType> next = new AtomicReference<>();
		Disposable nextCall = other.acquire(RequestKind.GENERAL).doFinally(next::set).subscribe();
		Thread.sleep(300);
		assertThat(next.get()).as("waiting for its turn, not refused").isNull();
		nextCall.dispose();
	}

	@Test
	void closingLeavesAConnectionItWasGivenOpen() {
		StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
		try {
			RedisRateLimiter limiter = RedisRateLimiter.builder().token(KEY).connection(connection).build();
			assertThat(limiter.acquire(RequestKind.GENERAL).block(TIMEOUT)).isNull();
			limiter.close();
			assertThat(connection.isOpen()).isTrue();
			assertThatIllegalStateException().isThrownBy(() -> limiter.acquire(RequestKind.GENERAL).block(TIMEOUT))
				.withMessage("this RedisRateLimiter is closed");
		}
		finally {
			connection.close();
		}
	}

	@Test
	void usesAConnectionOfItsOwnOnAClientItWasGiven() {
		RedisRateLimiter limiter = RedisRateLimiter.builder().token(KEY).client(client).build();
		assertThat(limiter.acquire(RequestKind.GENERAL).block(TIMEOUT)).isNull();
		limiter.close();
		assertThat(inspector.sync().ping()).as("the client still works").isEqualTo("PONG");
	}

	@Test
	void neverShowsTheKey() {
		RedisRateLimiter.Builder builder = RedisRateLimiter.builder().token(KEY).url(redis.url());
		assertThat(builder.toString()).doesNotContain(KEY).contains("token=(hidden)");
		RedisRateLimiter limiter = builder.build();
		this.limiters.add(limiter);
		assertThat(limiter.toString()).doesNotContain(KEY)
			.startsWith("RedisRateLimiter[keys=osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:general, "
					+ "osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:replay, limits=RateLimits[");
		assertThat(limiter.redisKeys()).noneMatch((key) -> key.contains(KEY));
	}

	@Test
	void builderChecksItsArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> RedisRateLimiter.builder().token(" "))
			.withMessage("token must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisRateLimiter.builder().url("redis://:secret@"))
			.withMessage("url must be a Redis URL such as redis://localhost:6379");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisRateLimiter.builder().timeout(Duration.ZERO))
			.withMessage("timeout must be a positive duration, but was PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisRateLimiter.builder().onFailure(null))
			.withMessage("onFailure must not be null");
		assertThatIllegalStateException().isThrownBy(() -> RedisRateLimiter.builder().url(redis.url()).build())
			.withMessage("token is required: the budget in Redis belongs to an API key");
		assertThatIllegalStateException().isThrownBy(() -> RedisRateLimiter.builder().token(KEY).build())
			.withMessage("exactly one of connection, client or url is required, but 0 were set");
		assertThatIllegalStateException()
			.isThrownBy(() -> RedisRateLimiter.builder().token(KEY).url(redis.url()).client(client).build())
			.withMessage("exactly one of connection, client or url is required, but 2 were set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RedisRateLimiter.builder().token(KEY).url(redis.url()).build().acquire(null))
			.withMessage("kind must not be null");
	}

	private RedisRateLimiter limiter(String token, RateLimits limits) {
		RedisRateLimiter limiter = RedisRateLimiter.builder().token(token).limits(limits).url(redis.url()).build();
		this.limiters.add(limiter);
		return limiter;
	}

	/**
	 * Returns the tokens left in the general bucket of {@link #KEY}, negative when calls are waiting, read with a
	 * Bucket4j proxy of the test's own.
	 */
	private static long tokens() {
		try (StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE)) {
			BucketConfiguration unused = BucketConfiguration.builder()
				.addLimit((limit) -> limit.capacity(1).refillGreedy(1, Duration.ofHours(1)))
				.build();
			return Bucket4jLettuce.casBasedBuilder(connection)
				.build()
				.builder()
				.build(BucketKeys.of(KEY).generalBytes(), () -> unused)
				.getAvailableTokens();
		}
	}

	private static String outcome(RateLimiter limiter, RequestKind kind) {
		return limiter.acquire(kind)
			.then(Mono.just("sent"))
			.onErrorResume(RateLimitException.class, (ex) -> Mono.just("refused"))
			.block(TIMEOUT);
	}

	private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
