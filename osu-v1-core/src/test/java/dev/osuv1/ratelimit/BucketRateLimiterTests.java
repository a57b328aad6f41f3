package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.osuv1.RateLimitException;
import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link BucketRateLimiter}, on virtual time: the buckets' clock reads the same virtual-time scheduler the
 * waits are timed on, so advancing it moves both and nothing sleeps.
 */
class BucketRateLimiterTests {

	/** N: the general budget. */
	private static final int N = 5;

	/** P: the general period; one token refills every P / N = 2 s. */
	private static final Duration P = Duration.ofSeconds(10);

	/** R: the replay budget, over the same period; one replay token refills every 5 s. */
	private static final int R = 2;

	private static final RateLimits LIMITS = new RateLimits(N, P, R, P, Duration.ofMinutes(1));

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	@AfterEach
	void disposeScheduler() {
		this.scheduler.dispose();
	}

	@Test
	void burstOfFourTimesTheBudgetSendsTheBudgetAtOnceThenRefillsEvenly() {
		BucketRateLimiter limiter = limiter(LIMITS);
		List<Call> calls = start(limiter, RequestKind.GENERAL, 4 * N);
		assertThat(Releases.of(calls)).as("released before time moves").hasSize(N);
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		List<Duration> times = Releases.of(calls);
		assertThat(times).hasSize(4 * N);
		assertThat(Releases.maxInWindow(times, Duration.ZERO)).as("sent at once").isEqualTo(N);
		Releases.assertWithinBucket(times, N, P);
		assertThat(Releases.maxInWindow(times, P)).as("sent in any window of P").isLessThanOrEqualTo(2 * N);
		assertThat(times.get(times.size() - 1)).as("the last send").isGreaterThanOrEqualTo(P.multipliedBy(3));
		List<Duration> expected = new ArrayList<>();
		for (int i = 0; i < 4 * N; i++) {
			expected.add(Duration.ofSeconds(2L * Math.max(0, i - N + 1)));
		}
		assertThat(times).isEqualTo(expected);
	}

	@Test
	void callsArrivingOverTimeNeverExceedTheBucket() {
		BucketRateLimiter limiter = limiter(LIMITS.withMaxWait(Duration.ofHours(1)));
		List<Call> calls = new ArrayList<>();
		int[] arrivalsEverySecond = { 7, 0, 1, 3, 0, 0, 6, 1, 0, 2, 9, 0, 0, 0, 0, 4, 1, 1, 1, 1, 8 };
		for (int arrivals : arrivalsEverySecond) {
			calls.addAll(start(limiter, RequestKind.GENERAL, arrivals));
			this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		}
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		List<Duration> times = Releases.of(calls);
		assertThat(times).hasSize(calls.size());
		Releases.assertWithinBucket(times, N, P);
		assertThat(Releases.maxInWindow(times, P)).isLessThanOrEqualTo(2 * N);
		assertThat(times).isSorted();
	}

	@Test
	void callsThatWouldWaitLongerThanMaxWaitFailAtOnceAndAreNeverReleased() {
		BucketRateLimiter limiter = limiter(LIMITS.withMaxWait(Duration.ofSeconds(5)));
		List<Call> calls = start(limiter, RequestKind.GENERAL, 4 * N);
		// N go at once, then turns at 2 s and 4 s fit in 5 s; the next turn (6 s) and every later one does not
		List<Call> refused = calls.subList(N + 2, calls.size());
		assertThat(refused).allSatisfy((call) -> {
			assertThat(call.isFailed()).isTrue();
			assertThat(call.failedAt()).isEqualTo(Duration.ZERO);
		});
		RateLimitException first = (RateLimitException) refused.get(0).failure();
		assertThat(first.getStatus()).isZero();
		assertThat(first.getMessage()).isEqualTo("The client's rate limiter would have to wait 6 s, longer than "
				+ "max-wait 5 s (general budget: 5 requests per 10 s); the request was not sent");
		assertThat(first.getRetryAfter()).isEqualTo(Duration.ofSeconds(6));
		assertThat(refused).allSatisfy((call) -> assertThat(((RateLimitException) call.failure()).getRetryAfter())
			.isEqualTo(Duration.ofSeconds(6)));
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(refused).noneMatch(Call::isReleased);
		assertThat(Releases.of(calls)).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
				Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(4));
	}

	@Test
	void refusedCallsTakeNothing() {
		BucketRateLimiter limiter = limiter(LIMITS.withMaxWait(Duration.ofSeconds(5)));
		start(limiter, RequestKind.GENERAL, N + 2);
		List<Call> refused = start(limiter, RequestKind.GENERAL, 100);
		assertThat(refused).allMatch(Call::isFailed);
		Call next = Call.start(limiter, RequestKind.GENERAL, this.scheduler);
		assertThat(((RateLimitException) next.failure()).getRetryAfter()).isEqualTo(Duration.ofSeconds(6));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		Call afterASecond = Call.start(limiter, RequestKind.GENERAL, this.scheduler);
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(afterASecond.releasedAt()).isEqualTo(Duration.ofSeconds(6));
	}

	@Test
	void replaysNeverExceedTheReplayBudget() {
		BucketRateLimiter limiter = limiter(LIMITS.withRequests(100));
		List<Call> calls = start(limiter, RequestKind.REPLAY, 3 * R);
		assertThat(Releases.of(calls)).as("released before time moves").hasSize(R);
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		List<Duration> times = Releases.of(calls);
		assertThat(times).hasSize(3 * R);
		assertThat(Releases.maxInWindow(times, Duration.ZERO)).isEqualTo(R);
		assertThat(Releases.maxInWindow(times, P)).isLessThanOrEqualTo(2 * R);
		Releases.assertWithinBucket(times, R, P);
		assertThat(times).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(10),
				Duration.ofSeconds(15), Duration.ofSeconds(20));
	}

	@Test
	void replayTakesAGeneralTokenToo() {
		BucketRateLimiter limiter = limiter(LIMITS);
		Call replay = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		List<Call> general = start(limiter, RequestKind.GENERAL, N);
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(replay.releasedAt()).isZero();
		assertThat(Releases.of(general)).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
				Duration.ofSeconds(2));
	}

	@Test
	void replayWaitsForTheGeneralBudgetAndKeepsItsPlaceInIt() {
		Bucket general = bucket(N, P);
		Bucket replay = bucket(R, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS, general, replay, this.scheduler);
		start(limiter, RequestKind.GENERAL, N);
		Call replayCall = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		Call after = Call.start(limiter, RequestKind.GENERAL, this.scheduler);
		assertThat(replay.getAvailableTokens()).as("replay tokens while waiting for the general turn").isEqualTo(R);
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(replayCall.releasedAt()).isEqualTo(Duration.ofSeconds(2));
		assertThat(after.releasedAt()).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void replayRefusedByTheReplayBudgetGivesItsGeneralTokenBack() {
		Bucket general = bucket(N, P);
		Bucket replay = bucket(R, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS.withMaxWait(Duration.ofSeconds(4)), general, replay,
				this.scheduler);
		start(limiter, RequestKind.REPLAY, R);
		Call refused = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		assertThat(refused.failure()).isInstanceOf(RateLimitException.class)
			.hasMessage("The client's rate limiter would have to wait 5 s, longer than max-wait 4 s (replay budget: "
					+ "2 get_replay requests per 10 s); the request was not sent");
		assertThat(((RateLimitException) refused.failure()).getRetryAfter()).isEqualTo(Duration.ofSeconds(5));
		assertThat(general.getAvailableTokens()).isEqualTo(N - R);
		assertThat(replay.getAvailableTokens()).isZero();
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(refused.isReleased()).isFalse();
	}

	@Test
	void replayRefusedByTheGeneralBudgetTakesNoReplayToken() {
		Bucket general = bucket(N, P);
		Bucket replay = bucket(R, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS.withMaxWait(Duration.ofSeconds(4)), general, replay,
				this.scheduler);
		start(limiter, RequestKind.GENERAL, N + 2);
		Call refused = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		assertThat(refused.failure()).isInstanceOf(RateLimitException.class)
			.hasMessageContaining("would have to wait 6 s, longer than max-wait 4 s (general budget");
		assertThat(replay.getAvailableTokens()).isEqualTo(R);
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(refused.isReleased()).isFalse();
	}

	@Test
	void replayWaitingForTheGeneralBudgetIsRefusedAtOnceWhenTheReplayQueueIsTooLong() {
		Bucket general = bucket(N, P);
		Bucket replay = bucket(R, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS.withMaxWait(Duration.ofSeconds(4)), general, replay,
				this.scheduler);
		start(limiter, RequestKind.REPLAY, R);
		start(limiter, RequestKind.GENERAL, N - R);
		Call refused = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		assertThat(refused.failedAt()).isZero();
		assertThat(refused.failure()).hasMessageContaining("would have to wait 5 s, longer than max-wait 4 s (replay");
		assertThat(general.getAvailableTokens()).as("the general token given back").isZero();
		assertThat(replay.getAvailableTokens()).isZero();
	}

	@Test
	void replayFailsAfterItsGeneralWaitWhenTheReplayBudgetWasUsedMeanwhile() {
		Bucket general = bucket(N, P);
		Bucket replay = bucket(R, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS.withMaxWait(Duration.ofSeconds(5)), general, replay,
				this.scheduler);
		start(limiter, RequestKind.GENERAL, N);
		Call replayCall = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		// another instance sharing the replay bucket uses it up while this replay waits for its general turn (2 s)
		assertThat(replay.tryConsume(R)).isTrue();
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		// at 2 s the replay bucket holds 0.2 tokens: the next one is 4 s away, past the 3 s of max-wait left
		assertThat(replayCall.failedAt()).isEqualTo(Duration.ofSeconds(2));
		RateLimitException failure = (RateLimitException) replayCall.failure();
		assertThat(failure).hasMessageContaining("would have to wait 6 s, longer than max-wait 5 s (replay budget");
		assertThat(failure.getRetryAfter()).isEqualTo(Duration.ofSeconds(4));
		assertThat(general.getAvailableTokens()).as("the general turn stays spent").isZero();
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(replayCall.isReleased()).isFalse();
	}

	@Test
	void arrivalOrderIsKept() {
		BucketRateLimiter limiter = limiter(LIMITS.withMaxWait(Duration.ofHours(1)));
		List<Call> calls = new ArrayList<>(start(limiter, RequestKind.GENERAL, 3 * N));
		this.scheduler.advanceTimeBy(Duration.ofMillis(2500));
		calls.addAll(start(limiter, RequestKind.GENERAL, 2 * N));
		this.scheduler.advanceTimeBy(Duration.ofMillis(300));
		calls.addAll(start(limiter, RequestKind.GENERAL, N));
		this.scheduler.advanceTimeBy(Duration.ofHours(2));
		List<Duration> times = Releases.of(calls);
		assertThat(times).hasSize(calls.size()).isSorted();

		List<Call> replays = start(limiter, RequestKind.REPLAY, 4 * R);
		this.scheduler.advanceTimeBy(Duration.ofHours(2));
		assertThat(Releases.of(replays)).hasSize(4 * R).isSorted();
	}

	@Test
	void cancellingAWaitingCallGivesItsTokenBack() {
		assertThat(releaseOfLateCall(false)).isEqualTo(Duration.ofSeconds(6));
		assertThat(releaseOfLateCall(true)).isEqualTo(Duration.ofSeconds(4));
	}

	/**
	 * N calls go at once; A (turn 2 s) and B (turn 4 s) wait. At 1 s, A is cancelled or not, and C arrives.
	 */
	private Duration releaseOfLateCall(boolean cancelA) {
		VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
		try {
			BucketRateLimiter limiter = BucketRateLimiter.create(LIMITS, new VirtualClock(scheduler), scheduler);
			start(limiter, RequestKind.GENERAL, N, scheduler);
			Call a = Call.start(limiter, RequestKind.GENERAL, scheduler);
			Call b = Call.start(limiter, RequestKind.GENERAL, scheduler);
			scheduler.advanceTimeBy(Duration.ofSeconds(1));
			if (cancelA) {
				a.cancel();
			}
			Call c = Call.start(limiter, RequestKind.GENERAL, scheduler);
			scheduler.advanceTimeBy(Duration.ofHours(1));
			assertThat(a.isReleased()).isEqualTo(!cancelA);
			assertThat(a.isFailed()).isFalse();
			assertThat(b.releasedAt()).as("B keeps its turn").isEqualTo(Duration.ofSeconds(4));
			return c.releasedAt();
		}
		finally {
			scheduler.dispose();
		}
	}

	@Test
	void cancellingAWaitingReplayGivesBothTokensBack() {
		Bucket general = bucket(N, P);
		Bucket replay = bucket(R, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS, general, replay, this.scheduler);
		start(limiter, RequestKind.REPLAY, R);
		Call waiting = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		assertThat(general.getAvailableTokens()).isEqualTo(N - R - 1);
		assertThat(replay.getAvailableTokens()).isEqualTo(-1);
		waiting.cancel();
		assertThat(general.getAvailableTokens()).isEqualTo(N - R);
		assertThat(replay.getAvailableTokens()).isZero();
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
		assertThat(waiting.isReleased()).isFalse();
	}

	@Test
	void cancellingAReplayWaitingForItsGeneralTurnGivesTheGeneralTokenBack() {
		Bucket general = bucket(N, P);
		Bucket replay = bucket(R, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS, general, replay, this.scheduler);
		start(limiter, RequestKind.GENERAL, N);
		Call waiting = Call.start(limiter, RequestKind.REPLAY, this.scheduler);
		assertThat(general.getAvailableTokens()).isEqualTo(-1);
		waiting.cancel();
		assertThat(general.getAvailableTokens()).isZero();
		assertThat(replay.getAvailableTokens()).isEqualTo(R);
	}

	@Test
	void acquireReservesOnSubscriptionOnly() {
		Bucket general = bucket(N, P);
		BucketRateLimiter limiter = new BucketRateLimiter(LIMITS, general, bucket(R, P), this.scheduler);
		limiter.acquire(RequestKind.GENERAL);
		limiter.acquire(RequestKind.REPLAY);
		assertThat(general.getAvailableTokens()).isEqualTo(N);
	}

	@Test
	void createWithSystemTimeAppliesTheLimits() {
		BucketRateLimiter limiter = BucketRateLimiter.create(LIMITS);
		assertThat(limiter.limits()).isSameAs(LIMITS);
		for (int i = 0; i < N; i++) {
			assertThat(limiter.acquire(RequestKind.GENERAL).block(Duration.ofSeconds(1))).isNull();
		}
		// the next turn is 2 s away, inside max-wait: it is waiting, not refused
		Call waiting = Call.start(limiter, RequestKind.GENERAL, this.scheduler);
		assertThat(waiting.isReleased()).isFalse();
		assertThat(waiting.isFailed()).isFalse();
		waiting.cancel();
	}

	@Test
	void argumentsAreChecked() {
		Bucket bucket = bucket(N, P);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BucketRateLimiter(null, bucket, bucket, Schedulers.immediate()))
			.withMessage("limits must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BucketRateLimiter(LIMITS, null, bucket, Schedulers.immediate()))
			.withMessage("general must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BucketRateLimiter(LIMITS, bucket, null, Schedulers.immediate()))
			.withMessage("replay must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> new BucketRateLimiter(LIMITS, bucket, bucket, null))
			.withMessage("scheduler must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BucketRateLimiter.create(LIMITS, null, Schedulers.immediate()))
			.withMessage("timeMeter must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> limiter(LIMITS).acquire(null))
			.withMessage("kind must not be null");
	}

	@Test
	void availableTokensCountEachBucketAndGoNegativeWhileCallsWait() {
		BucketRateLimiter limiter = limiter(LIMITS);
		assertThat(limiter.availableTokens(RequestKind.GENERAL)).hasValue(N);
		assertThat(limiter.availableTokens(RequestKind.REPLAY)).hasValue(R);
		start(limiter, RequestKind.REPLAY, 1);
		start(limiter, RequestKind.GENERAL, N + 1);
		assertThat(limiter.availableTokens(RequestKind.GENERAL)).as("two calls wait").hasValue(-2);
		assertThat(limiter.availableTokens(RequestKind.REPLAY)).hasValue(R - 1);
		this.scheduler.advanceTimeBy(P);
		assertThat(limiter.availableTokens(RequestKind.GENERAL)).hasValue(N - 2);
		assertThat(RateLimiter.unlimited().availableTokens(RequestKind.GENERAL)).isEmpty();
	}

	private BucketRateLimiter limiter(RateLimits limits) {
		return BucketRateLimiter.create(limits, new VirtualClock(this.scheduler), this.scheduler);
	}

	private Bucket bucket(long capacity, Duration period) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
			.withCustomTimePrecision(new VirtualClock(this.scheduler))
			.build();
	}

	private List<Call> start(RateLimiter limiter, RequestKind kind, int count) {
		return start(limiter, kind, count, this.scheduler);
	}

	private static List<Call> start(RateLimiter limiter, RequestKind kind, int count,
			VirtualTimeScheduler scheduler) {
		List<Call> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			calls.add(Call.start(limiter, kind, scheduler));
		}
		return calls;
	}

}
