package dev.osuv1;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Lets identical calls made while one is under way share its request: one HTTP exchange and one rate-limit token for
 * all of them, its value or its failure delivered to each. A call made after the shared one ended starts anew.
 */
final class SharedCalls {

	private final ConcurrentMap<String, Mono<?>> inFlight = new ConcurrentHashMap<>();

	/**
	 * Returns the call under way for the key, or starts one. The shared call keeps going while any caller still waits
	 * for it, and is cancelled once every caller cancelled.
	 * @param key what makes two calls identical: the request's path and query
	 * @param call makes the call; used only when none is under way
	 * @param joined run when a caller joins a call under way
	 * @param <T> what the call returns, the same for every call with the key
	 * @return the call's answer
	 */
	@SuppressWarnings("unchecked")
	<T> Mono<T> share(String key, Supplier<Mono<T>> call, Runnable joined) {
		return Mono.defer(() -> {
			Mono<?>[] created = new Mono<?>[1];
			Runnable end = () -> this.inFlight.remove(key, created[0]);
			Mono<?> shared = this.inFlight.computeIfAbsent(key, (ignored) -> {
				// The entry goes before the answer reaches any caller, so a call made once a caller has its answer
				// sends its own request; share() replays the answer to callers that joined just before, and cancels
				// the call once every caller cancelled.
				created[0] = call.get()
					.doOnEach((signal) -> end.run())
					.doOnCancel(end)
					.share();
				return created[0];
			});
			if (shared != created[0]) {
				joined.run();
			}
			return (Mono<T>) shared;
		});
	}

	/** The calls under way. */
	int size() {
		return this.inFlight.size();
	}

}
