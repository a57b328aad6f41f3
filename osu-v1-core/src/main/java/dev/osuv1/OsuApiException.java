package dev.osuv1;

import org.jspecify.annotations.Nullable;

/**
 * The osu! API could not answer a call: the root of every failure the client signals. The message names the
 * endpoint and what went wrong; it never holds the API key.
 */
public class OsuApiException extends RuntimeException {

	/** The HTTP status, 0 when no response came. */
	private final int status;

	/** The API's own error text, if it sent one. */
	private final @Nullable String apiError;

	/** How many requests the call sent before it gave up; set once, before the caller sees the exception. */
	private volatile int attempts = 1;

	/**
	 * Creates an exception.
	 * @param message what went wrong, without the API key
	 * @param status the HTTP status, 0 when no response came
	 * @param apiError the API's own {@code error} text, when it sent one
	 * @param cause the underlying failure, if any
	 */
	public OsuApiException(String message, int status, @Nullable String apiError, @Nullable Throwable cause) {
		super(message, cause);
		this.status = status;
		this.apiError = apiError;
	}

	/**
	 * Returns the HTTP status of the response.
	 * @return the status, 0 when no response came (connection failure, timeout, local rate limit)
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Returns the text of the {@code {"error": ...}} body the API sent.
	 * @return the API's error text, or {@code null} when there was none
	 */
	public @Nullable String getApiError() {
		return this.apiError;
	}

	/**
	 * Returns how many requests the call sent, retries included, before it failed with this exception.
	 * @return the number of attempts, at least 1
	 */
	public int getAttempts() {
		return this.attempts;
	}

	void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	/**
	 * Returns the message, with the number of attempts when the call was retried.
	 * @return the message, never holding the API key
	 */
	@Override
	public String getMessage() {
		String message = super.getMessage();
		return (this.attempts > 1) ? message + " (after " + this.attempts + " attempts)" : message;
	}

}
