package dev.osuv1;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.osuv1.ratelimit.RequestKind;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * The listeners of one client, told in the order they were added. A listener that throws is logged and skipped: a
 * metric or a health check must never fail a call.
 */
final class Listeners implements ClientListener {

	private static final Logger logger = Loggers.getLogger(Listeners.class);

	private final List<ClientListener> listeners;

	Listeners(List<ClientListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public void limiterWaited(RequestKind budget, Duration wait) {
		tell((listener) -> listener.limiterWaited(budget, wait));
	}

	@Override
	public void limiterRejected(RequestKind budget) {
		tell((listener) -> listener.limiterRejected(budget));
	}

	@Override
	public void retrying(String endpoint, RetryReason reason) {
		tell((listener) -> listener.retrying(endpoint, reason));
	}

	@Override
	public void coalesced(String endpoint) {
		tell((listener) -> listener.coalesced(endpoint));
	}

	@Override
	public void cacheHit(String endpoint) {
		tell((listener) -> listener.cacheHit(endpoint));
	}

	@Override
	public void cacheMissed(String endpoint) {
		tell((listener) -> listener.cacheMissed(endpoint));
	}

	@Override
	public void keyAccepted(String endpoint) {
		tell((listener) -> listener.keyAccepted(endpoint));
	}

	@Override
	public void keyRejected(String endpoint, InvalidApiKeyException failure) {
		tell((listener) -> listener.keyRejected(endpoint, failure));
	}

	private void tell(Consumer<ClientListener> event) {
		for (ClientListener listener : this.listeners) {
			try {
				event.accept(listener);
			}
			catch (RuntimeException ex) {
				logger.warn("ClientListener " + listener + " failed; the call goes on", ex);
			}
		}
	}

}
