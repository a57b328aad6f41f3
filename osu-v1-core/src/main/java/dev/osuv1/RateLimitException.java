package dev.osuv1;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Too many requests: the server answered 429 or {@code Requesting too fast!}, or the client's own limiter would have
 * had to wait longer than its maximum (then nothing was sent).
 */
public class RateLimitException extends OsuApiException {

	/** How long to wait before trying again, when known. */
	private final @Nullable Duration retryAfter;

	/**
	 * Creates an exception.
	 * @param message what went wrong, without the API key
	 * @param status the HTTP status, 0 when the local limiter refused the call
	 * @param apiError the API's error text, when it sent one
	 * @param retryAfter how long to wait before trying again, when known
	 */
	public RateLimitException(String message, int status, @Nullable String apiError, @Nullable Duration retryAfter) {
		this(message, status, apiError, retryAfter, null);
	}

	/**
	 * Creates an exception with the failure that made the client's limiter refuse the call, such as the store of a
	 * shared budget that could not be reached.
	 * @param message what went wrong, without the API key
	 * @param status the HTTP status, 0 when the local limiter refused the call
	 * @param apiError the API's error text, when it sent one
	 * @param retryAfter how long to wait before trying again, when known
	 * @param cause the underlying failure, if any
	 */
	public RateLimitException(String message, int status, @Nullable String apiError, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		super(message, status, apiError, cause);
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns how long to wait before the call can succeed.
	 * @return the wait, or {@code null} when unknown
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}
