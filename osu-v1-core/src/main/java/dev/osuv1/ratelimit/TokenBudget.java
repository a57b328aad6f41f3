package dev.osuv1.ratelimit;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.UninterruptibleBlockingStrategy;

/**
 * One Bucket4j bucket, used one token at a time: a token is reserved now and used after a wait, without a thread
 * waiting for it. Only operations that Bucket4j's distributed buckets also offer are used, so a local bucket and a
 * shared one (such as a Redis {@code BucketProxy}) behave alike.
 */
final class TokenBudget {

	/** What {@link #reserve(long)} returns when the wait would be longer than allowed. */
	static final long REFUSED = -1;

	private static final Logger LOGGER = System.getLogger(TokenBudget.class.getName());

	private final Bucket bucket;

	TokenBudget(Bucket bucket) {
		this.bucket = bucket;
	}

	/**
	 * Reserves a token if it becomes free within the given wait. A reserved token is taken from the bucket at once
	 * (the bucket may go below zero), so callers are served in the order they reserve; a refused one takes nothing.
	 * @param maxWaitNanos the longest acceptable wait, in nanoseconds; zero or less accepts only a free token
	 * @return the nanoseconds to wait before using the token, or {@link #REFUSED}
	 */
	long reserve(long maxWaitNanos) {
		if (maxWaitNanos <= 0) {
			return this.bucket.tryConsume(1) ? 0 : REFUSED;
		}
		// Bucket4j reserves in its blocking API only: it takes the token, then asks the strategy to park for the
		// wait. Recording the wait instead of parking leaves the waiting to the caller, without a thread.
		WaitRecorder wait = new WaitRecorder();
		return this.bucket.asBlocking().tryConsumeUninterruptibly(1, maxWaitNanos, wait) ? wait.nanos : REFUSED;
	}

	/**
	 * Returns how long a reservation made now would have to wait, without reserving.
	 * @return the wait in nanoseconds, 0 when a token is free
	 */
	long estimateWait() {
		EstimationProbe probe = this.bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
	}

	/**
	 * Returns how many tokens the bucket holds now, negative while reservations wait for refills.
	 * @return the available tokens
	 */
	long available() {
		return this.bucket.getAvailableTokens();
	}

	/**
	 * Gives a reserved token back because it will not be used. The token goes back into the bucket now; Bucket4j
	 * cannot move the turns of calls that reserved after it, so the next reservation takes it and may go before or
	 * right beside them. The bucket never holds more than its capacity, so a token given back while the bucket is
	 * full is lost, which errs on the safe side; so is a token a shared bucket could not take back because its store
	 * did not answer, since the call giving it back is being cancelled and has no one left to tell.
	 */
	void giveBack() {
		try {
			this.bucket.addTokens(1);
		}
		catch (RuntimeException ex) {
			LOGGER.log(Level.DEBUG, "A reserved token could not be given back and stays spent", ex);
		}
	}

	/**
	 * Records the wait Bucket4j asks for instead of parking the thread.
	 */
	private static final class WaitRecorder implements UninterruptibleBlockingStrategy {

		private long nanos;

		@Override
		public void parkUninterruptibly(long nanosToPark) {
			this.nanos = nanosToPark;
		}

	}

}
