package dev.osuv1.sample.command;

import dev.osuv1.OsuV1Client;
import org.jspecify.annotations.Nullable;

/**
 * What a command asks the API, once its arguments are checked.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface ApiCall<T> {

	/**
	 * Makes the calls and waits for their answers.
	 * @param client the client
	 * @return the result, {@code null} when the API found nothing
	 * @throws dev.osuv1.OsuApiException when the API or the connection failed
	 */
	@Nullable T fetch(OsuV1Client client);

}
