package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures recorded release times: how many fall into a window, and whether they keep a token bucket's bound.
 */
final class Releases {

	/**
	 * How early a turn may come: Bucket4j keeps the bucket's contents exact but gives each wait in whole nanoseconds,
	 * so when a token's refill time is not a whole number of nanoseconds (10 s for 3 tokens), a turn can come up to
	 * 1 ns early.
	 */
	static final Duration ROUNDING = Duration.ofNanos(1);

	private Releases() {
	}

	/**
	 * Returns the release times of the calls that were released, in the order the calls were subscribed.
	 */
	static List<Duration> of(List<Call> calls) {
		List<Duration> times = new ArrayList<>();
		for (Call call : calls) {
			if (call.isReleased()) {
				times.add(call.releasedAt());
			}
		}
		return times;
	}

	/**
	 * Returns the most releases inside any closed window {@code [t, t + length]}; a window holding the most can
	 * always be slid right until it starts at a release, so only those windows are counted.
	 */
	static int maxInWindow(List<Duration> times, Duration length) {
		int max = 0;
		for (Duration start : times) {
			Duration end = start.plus(length);
			int count = (int) times.stream().filter((t) -> t.compareTo(start) >= 0 && t.compareTo(end) <= 0).count();
			max = Math.max(max, count);
		}
		return max;
	}

	/**
	 * Asserts the token bucket's bound: any closed window {@code [a, b]} holds at most {@code capacity} releases plus
	 * what refills in {@code b - a}, that is {@code capacity * (b - a) / period} rounded down (allowing for
	 * {@link #ROUNDING}).
	 */
	static void assertWithinBucket(List<Duration> times, long capacity, Duration period) {
		for (Duration start : times) {
			for (Duration end : times) {
				if (end.compareTo(start) >= 0) {
					long inWindow = times.stream()
						.filter((t) -> t.compareTo(start) >= 0 && t.compareTo(end) <= 0)
						.count();
					long bound = capacity + refilled(capacity, period, end.minus(start));
					assertThat(inWindow).as("releases in [%s, %s]", start, end).isLessThanOrEqualTo(bound);
				}
			}
		}
	}

	/**
	 * Returns how many whole tokens refill in the given time, allowing for {@link #ROUNDING}.
	 */
	static long refilled(long capacity, Duration period, Duration time) {
		return Math.multiplyExact(capacity, time.plus(ROUNDING).toNanos()) / period.toNanos();
	}

}
