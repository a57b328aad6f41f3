package dev.osuv1;

import org.jspecify.annotations.Nullable;

/**
 * The API refused the key: HTTP 401, {@code Please provide a valid API key.} Retrying cannot help.
 */
public class InvalidApiKeyException extends OsuApiException {

	/**
	 * Creates an exception.
	 * @param message what went wrong, without the API key
	 * @param status the HTTP status
	 * @param apiError the API's error text, when it sent one
	 */
	public InvalidApiKeyException(String message, int status, @Nullable String apiError) {
		super(message, status, apiError, null);
	}

}
