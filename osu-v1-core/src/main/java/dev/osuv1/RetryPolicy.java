package dev.osuv1;

import java.time.Duration;

/**
 * How the client retries a call that failed in a way that may pass: a connection failure, a timeout, a 5xx status,
 * a 429 or {@code Requesting too fast!}, an HTML, empty or invalid JSON body, {@code {"error":null}} or
 * {@code Replay retrieval failed.}. A refused key, another 4xx, {@code Replay not available.}, a response of the
 * wrong shape and a call refused by the local rate limiter are never retried. Each retry asks the rate limiter
 * again.
 *
 * <p>The wait before retry {@code n} (counting from 1) is {@code firstBackoff * 2^(n-1)}, at most {@code maxBackoff};
 * with jitter it is a random time between half of that and all of it. A {@code Retry-After} the server sent is
 * waited instead when it is no longer than {@code maxBackoff}; a longer one ends the retries at once.
 *
 * @param maxAttempts how many requests a call may send in all, the first included (1 turns retries off)
 * @param firstBackoff the wait before the first retry
 * @param maxBackoff the longest wait between two attempts
 * @param jitter whether waits are randomised, so that many clients failing together do not retry together
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, boolean jitter) {

	/**
	 * Creates a policy, checking that there is at least one attempt and that the waits are positive and ordered.
	 * @param maxAttempts how many requests a call may send in all, the first included (1 turns retries off)
	 * @param firstBackoff the wait before the first retry
	 * @param maxBackoff the longest wait between two attempts
	 * @param jitter whether waits are randomised
	 */
	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + maxAttempts);
		}
		if (firstBackoff == null || firstBackoff.isNegative() || firstBackoff.isZero()) {
			throw new IllegalArgumentException("firstBackoff must be a positive duration, but was " + firstBackoff);
		}
		if (maxBackoff == null || maxBackoff.compareTo(firstBackoff) < 0) {
			throw new IllegalArgumentException("maxBackoff must be at least firstBackoff (" + firstBackoff
					+ "), but was " + maxBackoff);
		}
	}

	/**
	 * Returns the default policy: 3 attempts, waits from 500 ms up to 30 s, with jitter.
	 * @return the default policy
	 */
	public static RetryPolicy defaults() {
		return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30), true);
	}

	/**
	 * Returns a policy that never retries.
	 * @return a policy of one attempt
	 */
	public static RetryPolicy none() {
		return defaults().withMaxAttempts(1);
	}

	/**
	 * Returns this policy with another number of attempts.
	 * @param maxAttempts how many requests a call may send in all
	 * @return a new policy
	 */
	public RetryPolicy withMaxAttempts(int maxAttempts) {
		return new RetryPolicy(maxAttempts, this.firstBackoff, this.maxBackoff, this.jitter);
	}

	/**
	 * Returns this policy with other waits.
	 * @param firstBackoff the wait before the first retry
	 * @param maxBackoff the longest wait between two attempts
	 * @return a new policy
	 */
	public RetryPolicy withBackoff(Duration firstBackoff, Duration maxBackoff) {
		return new RetryPolicy(this.maxAttempts, firstBackoff, maxBackoff, this.jitter);
	}

	/**
	 * Returns this policy with jitter on or off.
	 * @param jitter whether waits are randomised
	 * @return a new policy
	 */
	public RetryPolicy withJitter(boolean jitter) {
		return new RetryPolicy(this.maxAttempts, this.firstBackoff, this.maxBackoff, jitter);
	}

	/**
	 * Returns the wait before the given retry, without jitter.
	 * @param retry the retry's number, 1 for the first
	 * @return the wait
	 */
	public Duration backoff(int retry) {
		Duration wait = this.firstBackoff;
		for (int i = 1; i < retry && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
