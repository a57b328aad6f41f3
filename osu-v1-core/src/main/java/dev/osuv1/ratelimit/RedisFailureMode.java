package dev.osuv1.ratelimit;

/**
 * What a {@link RedisRateLimiter} does with a call while Redis, which holds the budget shared by every instance,
 * cannot be reached. Either way the limiter goes back to Redis as soon as it answers again.
 */
public enum RedisFailureMode {

	/**
	 * Fail the call at once with a {@link dev.osuv1.RateLimitException} whose message names Redis; nothing is sent.
	 */
	FAIL,

	/**
	 * Give the call its turn from a limiter local to this instance, with the same limits: the application keeps
	 * working, but each instance then has a whole budget of its own.
	 */
	LOCAL

}
