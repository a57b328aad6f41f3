package dev.osuv1.sample.command;

import org.jspecify.annotations.Nullable;

/**
 * Gives a command an {@link dev.osuv1.OsuV1Client} for the time of its calls. Nothing is started before a command
 * has checked its arguments, so a command line with invalid arguments sends nothing.
 */
@FunctionalInterface
public interface ClientSession {

	/**
	 * Provides a client, runs the call with it, and releases everything that was started for it.
	 * @param <T> the result
	 * @param call the call
	 * @return what the call returned
	 * @throws StartupFailedException when no client could be made
	 */
	<T> @Nullable T run(ApiCall<T> call);

}
