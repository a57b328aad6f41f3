package dev.osuv1;

import org.jspecify.annotations.Nullable;

/**
 * The response was well-formed JSON but did not have the shape the endpoint returns: a field of the wrong type, a
 * required value missing, an object where an array was due, or a body larger than the client accepts.
 */
public class DecodingException extends OsuApiException {

	/**
	 * Creates an exception.
	 * @param message what went wrong, without the API key
	 * @param status the HTTP status
	 * @param cause the underlying failure, if any
	 */
	public DecodingException(String message, int status, @Nullable Throwable cause) {
		super(message, status, null, cause);
	}

}
