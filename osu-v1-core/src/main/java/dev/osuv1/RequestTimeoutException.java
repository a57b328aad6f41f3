package dev.osuv1;

/**
 * The server did not answer in time: connecting took longer than the connect timeout, or the whole response longer
 * than the timeout. Retried like any server failure.
 */
public class RequestTimeoutException extends ServerException {

	/**
	 * Creates an exception.
	 * @param message what timed out, without the API key
	 * @param cause the underlying failure, if any
	 */
	public RequestTimeoutException(String message, Throwable cause) {
		super(message, 0, null, cause);
	}

}
