package dev.osuv1.autoconfigure;

import java.time.Clock;
import java.time.Instant;

import dev.osuv1.ClientListener;
import dev.osuv1.InvalidApiKeyException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Follows whether the API accepts the key, from the answers to the client's own calls: rejected from a 401 until a
 * later request that carries the key is answered. It sends nothing itself.
 */
final class ApiKeyStatus implements ClientListener {

	private final Clock clock;

	private volatile State state = new State(Verdict.UNVERIFIED, null, null, null);

	ApiKeyStatus(Clock clock) {
		Assert.notNull(clock, "'clock' must not be null");
		this.clock = clock;
	}

	@Override
	public void keyAccepted(String endpoint) {
		this.state = new State(Verdict.ACCEPTED, endpoint, this.clock.instant(), null);
	}

	@Override
	public void keyRejected(String endpoint, InvalidApiKeyException failure) {
		this.state = new State(Verdict.REJECTED, endpoint, this.clock.instant(), failure.getMessage());
	}

	State state() {
		return this.state;
	}

	/** What the API last said of the key. */
	enum Verdict {

		/** No request carrying the key has been answered yet. */
		UNVERIFIED,

		/** The API answered a request carrying the key. */
		ACCEPTED,

		/** The API refused the key (HTTP 401). */
		REJECTED

	}

	/**
	 * The last verdict, with the endpoint and the instant of the answer that gave it, and the failure's message when
	 * the key was refused.
	 */
	record State(Verdict verdict, @Nullable String endpoint, @Nullable Instant at, @Nullable String message) {
	}

}
