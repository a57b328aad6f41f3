package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@link BucketRateLimiter}'s bounds on many random arrival patterns mixing general and replay calls, on
 * virtual time. Each pattern comes from a seed, so a failure can be replayed.
 */
class BucketRateLimiterBoundsTests {

	private static final int CALLS = 80;

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final List<Call> general = new ArrayList<>();

	private final List<Call> replays = new ArrayList<>();

	/** When each call that was cancelled while waiting was cancelled, and whether it was a replay. */
	private final List<Cancellation> cancellations = new ArrayList<>();

	@AfterEach
	void disposeScheduler() {
		this.scheduler.dispose();
	}

	static int[] seeds() {
		int[] seeds = new int[40];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = 1000 + i;
		}
		return seeds;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void boundsAndArrivalOrderHold(int seed) {
		Random random = new Random(seed);
		RateLimits limits = randomLimits(random);
		// some patterns hold general calls only, so the general bound can be checked exactly
		double replayShare = (seed % 3 == 0) ? 0 : random.nextDouble() * 0.5;
		run(random, limits, replayShare, 0);
		assertEveryCallWithinMaxWait(limits);
		assertThat(this.general).filteredOn(Call::isFailed)
			.allSatisfy((call) -> assertThat(call.failedAt()).as("refused at once").isEqualTo(call.subscribedAt()));
		assertThat(Releases.of(this.general)).as("general calls in arrival order").isSorted();
		assertThat(Releases.of(this.replays)).as("replays in arrival order").isSorted();
		List<Duration> replayTimes = Releases.of(this.replays);
		Releases.assertWithinBucket(replayTimes, limits.replayRequests(), limits.replayPeriod());
		List<Duration> allTimes = Releases.of(all());
		if (this.replays.isEmpty()) {
			Releases.assertWithinBucket(allTimes, limits.requests(), limits.period());
			assertThat(Releases.maxInWindow(allTimes, limits.period()))
				.isLessThanOrEqualTo(2 * (int) limits.requests());
		}
		else {
			assertWithinBucketPlusExtra(allTimes, limits.requests(), limits.period(),
					(start, end) -> countIn(replayTimes, start, end));
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void boundsHoldUpToTheTokensGivenBack(int seed) {
		Random random = new Random(seed);
		RateLimits limits = randomLimits(random);
		run(random, limits, random.nextDouble() * 0.5, 0.2);
		assertEveryCallWithinMaxWait(limits);
		assertThat(this.cancellations).allSatisfy((cancellation) -> {
			assertThat(cancellation.call().isReleased()).isFalse();
			assertThat(cancellation.call().isFailed()).isFalse();
		});
		List<Duration> replayTimes = Releases.of(this.replays);
		assertWithinBucketPlusExtra(replayTimes, limits.replayRequests(), limits.replayPeriod(),
				(start, end) -> givenBackBy(end, true));
		assertWithinBucketPlusExtra(Releases.of(all()), limits.requests(), limits.period(),
				(start, end) -> countIn(replayTimes, start, end) + givenBackBy(end, false));
	}

	private static RateLimits randomLimits(Random random) {
		return new RateLimits(1 + random.nextInt(8), Duration.ofSeconds(1 + random.nextInt(20)), 1 + random.nextInt(4),
				Duration.ofSeconds(1 + random.nextInt(20)), Duration.ofMillis(1 + random.nextInt(30_000)));
	}

	private void run(Random random, RateLimits limits, double replayShare, double cancelShare) {
		BucketRateLimiter limiter = BucketRateLimiter.create(limits, new VirtualClock(this.scheduler),
				this.scheduler);
		List<Call> started = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			if (random.nextInt(3) == 0) {
				this.scheduler.advanceTimeBy(Duration.ofMillis(random.nextInt(3000)));
			}
			boolean replay = random.nextDouble() < replayShare;
			Call call = Call.start(limiter, replay ? RequestKind.REPLAY : RequestKind.GENERAL, this.scheduler);
			(replay ? this.replays : this.general).add(call);
			started.add(call);
			if (random.nextDouble() < cancelShare) {
				Call victim = started.get(random.nextInt(started.size()));
				if (!victim.isReleased() && !victim.isFailed()) {
					victim.cancel();
					this.cancellations.add(new Cancellation(victim, this.replays.contains(victim),
							Duration.ofNanos(this.scheduler.now(java.util.concurrent.TimeUnit.NANOSECONDS))));
				}
			}
		}
		this.scheduler.advanceTimeBy(Duration.ofHours(1));
	}

	private List<Call> all() {
		List<Call> all = new ArrayList<>(this.general);
		all.addAll(this.replays);
		return all;
	}

	private void assertEveryCallWithinMaxWait(RateLimits limits) {
		assertThat(all()).allSatisfy((call) -> {
			if (call.isReleased()) {
				assertThat(call.isFailed()).isFalse();
				assertThat(call.releasedAt().minus(call.subscribedAt())).isLessThanOrEqualTo(limits.maxWait());
			}
			else if (call.isFailed()) {
				assertThat(call.failedAt().minus(call.subscribedAt())).isLessThanOrEqualTo(limits.maxWait());
			}
			else {
				assertThat(this.cancellations).as("neither released nor refused: %s", call)
					.anyMatch((cancellation) -> cancellation.call() == call);
			}
		});
	}

	private long givenBackBy(Duration end, boolean replaysOnly) {
		return this.cancellations.stream()
			.filter((cancellation) -> cancellation.at().compareTo(end) <= 0)
			.filter((cancellation) -> !replaysOnly || cancellation.replay())
			.count();
	}

	/**
	 * Asserts that any closed window holds at most what the bucket allows plus the given extra.
	 */
	private static void assertWithinBucketPlusExtra(List<Duration> times, long capacity, Duration period,
			Extra extra) {
		for (Duration start : times) {
			for (Duration end : times) {
				if (end.compareTo(start) >= 0) {
					long bound = capacity + Releases.refilled(capacity, period, end.minus(start))
							+ extra.in(start, end);
					assertThat(countIn(times, start, end)).as("sends in [%s, %s]", start, end)
						.isLessThanOrEqualTo(bound);
				}
			}
		}
	}

	private static long countIn(List<Duration> times, Duration start, Duration end) {
		return times.stream().filter((t) -> t.compareTo(start) >= 0 && t.compareTo(end) <= 0).count();
	}

	/**
	 * What a window may hold beyond the bucket's bound.
	 */
	@FunctionalInterface
	private interface Extra {

		long in(Duration start, Duration end);

	}

	private record Cancellation(Call call, boolean replay, Duration at) {
	}

}
