package dev.osuv1;

import org.jspecify.annotations.Nullable;

/**
 * The server or the connection failed, in a way that may pass: a 5xx status, an HTML page, an empty or invalid JSON
 * body where JSON was due, {@code {"error":null}}, {@code Replay retrieval failed.}, a timeout or a reset connection.
 */
public class ServerException extends OsuApiException {

	/**
	 * Creates an exception.
	 * @param message what went wrong, without the API key
	 * @param status the HTTP status, 0 when no response came
	 * @param apiError the API's error text, when it sent one
	 * @param cause the underlying failure, if any
	 */
	public ServerException(String message, int status, @Nullable String apiError, @Nullable Throwable cause) {
		super(message, status, apiError, cause);
	}

}
