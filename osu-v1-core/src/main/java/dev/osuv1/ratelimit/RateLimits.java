package dev.osuv1.ratelimit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How many requests the client may send, and how long a call may wait for its turn. Every request draws from the
 * general budget of {@code requests} per {@code period}; get_replay also draws from its own budget of
 * {@code replayRequests} per {@code replayPeriod}. Each budget holds at most its count, so a burst of that many goes
 * at once, and refills evenly over its period.
 *
 * @param requests how many requests of any kind the general budget allows per period; positive
 * @param period how long the general budget takes to refill completely; positive
 * @param replayRequests how many get_replay requests the replay budget allows per replay period; positive
 * @param replayPeriod how long the replay budget takes to refill completely; positive
 * @param maxWait the longest a call may wait for its turn; a call that would wait longer fails at once and sends
 * nothing; positive
 */
public record RateLimits(long requests, Duration period, long replayRequests, Duration replayPeriod,
		Duration maxWait) {

	private static final RateLimits DEFAULTS = new RateLimits(600, Duration.ofMinutes(1), 10, Duration.ofMinutes(1),
			Duration.ofMinutes(1));

	/**
	 * Creates limits, checking that every count and duration is positive.
	 * @param requests how many requests of any kind the general budget allows per period
	 * @param period how long the general budget takes to refill completely
	 * @param replayRequests how many get_replay requests the replay budget allows per replay period
	 * @param replayPeriod how long the replay budget takes to refill completely
	 * @param maxWait the longest a call may wait for its turn
	 * @throws IllegalArgumentException naming the parameter that is not positive
	 */
	public RateLimits {
		positive(requests, "requests");
		positive(period, "period");
		positive(replayRequests, "replayRequests");
		positive(replayPeriod, "replayPeriod");
		positive(maxWait, "maxWait");
	}

	/**
	 * Returns the defaults: 600 requests a minute for every call (the seed client's default; the API's wiki allows
	 * 1200, while osu!'s current guidance asks for no more than 60), 10 get_replay requests a minute (the API's hard
	 * limit for replays), and a wait of at most a minute.
	 * @return the default limits
	 */
	public static RateLimits defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns these limits with another size for the general budget.
	 * @param requests how many requests the general budget allows per period; positive
	 * @return new limits
	 */
	public RateLimits withRequests(long requests) {
		return new RateLimits(requests, this.period, this.replayRequests, this.replayPeriod, this.maxWait);
	}

	/**
	 * Returns these limits with another refill period for the general budget.
	 * @param period how long the general budget takes to refill completely; positive
	 * @return new limits
	 */
	public RateLimits withPeriod(Duration period) {
		return new RateLimits(this.requests, period, this.replayRequests, this.replayPeriod, this.maxWait);
	}

	/**
	 * Returns these limits with another size for the replay budget.
	 * @param replayRequests how many get_replay requests the replay budget allows per replay period; positive
	 * @return new limits
	 */
	public RateLimits withReplayRequests(long replayRequests) {
		return new RateLimits(this.requests, this.period, replayRequests, this.replayPeriod, this.maxWait);
	}

	/**
	 * Returns these limits with another refill period for the replay budget.
	 * @param replayPeriod how long the replay budget takes to refill completely; positive
	 * @return new limits
	 */
	public RateLimits withReplayPeriod(Duration replayPeriod) {
		return new RateLimits(this.requests, this.period, this.replayRequests, replayPeriod, this.maxWait);
	}

	/**
	 * Returns these limits with another longest wait.
	 * @param maxWait the longest a call may wait for its turn; positive
	 * @return new limits
	 */
	public RateLimits withMaxWait(Duration maxWait) {
		return new RateLimits(this.requests, this.period, this.replayRequests, this.replayPeriod, maxWait);
	}

	private static void positive(long value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive, but was " + value);
		}
	}

	private static void positive(@Nullable Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration, but was " + value);
		}
	}

}
