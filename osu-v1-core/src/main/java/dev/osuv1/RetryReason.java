package dev.osuv1;

/**
 * Why a request is being tried again (see {@link RetryPolicy} for what is retried).
 */
public enum RetryReason {

	/** The server's own rate limiting: HTTP 429, or {@code Requesting too fast!}. */
	RATE_LIMITED,

	/** No response within the timeout, or no connection within the connect timeout. */
	TIMEOUT,

	/** The connection failed or was reset before a response came. */
	CONNECTION,

	/** A 5xx status. */
	SERVER_ERROR,

	/**
	 * A response that could not be used: an HTML page, an empty or invalid JSON body, {@code {"error":null}} or
	 * {@code Replay retrieval failed.}.
	 */
	BAD_RESPONSE;

	/**
	 * Returns the reason for retrying after the given failure.
	 * @param failure a failure the retry policy retries
	 * @return the reason
	 */
	static RetryReason of(Throwable failure) {
		if (failure instanceof RateLimitException) {
			return RATE_LIMITED;
		}
		if (failure instanceof RequestTimeoutException) {
			return TIMEOUT;
		}
		int status = (failure instanceof OsuApiException apiException) ? apiException.getStatus() : 0;
		if (status == 0) {
			return CONNECTION;
		}
		return (status >= 500) ? SERVER_ERROR : BAD_RESPONSE;
	}

}
