package dev.osuv1.sample.command;

import org.jspecify.annotations.Nullable;

/**
 * The application could not start with the configuration it was given (a malformed {@code osu.v1.*} property, for
 * example), so no client was made and nothing was sent.
 */
public class StartupFailedException extends RuntimeException {

	/**
	 * Creates an exception.
	 * @param message what went wrong
	 */
	public StartupFailedException(String message) {
		super(message);
	}

	/**
	 * Creates an exception.
	 * @param message what went wrong
	 * @param cause the failure
	 */
	public StartupFailedException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
