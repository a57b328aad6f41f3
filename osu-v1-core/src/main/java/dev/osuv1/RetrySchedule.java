package dev.osuv1;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * Applies a {@link RetryPolicy} to one call: which failures are retried, how long to wait, and the attempt count
 * written into the exception the caller finally gets.
 */
final class RetrySchedule {

	private final RetryPolicy policy;

	private final Scheduler scheduler;

	RetrySchedule(RetryPolicy policy, Scheduler scheduler) {
		this.policy = policy;
		this.scheduler = scheduler;
	}

	/**
	 * Retries one call as the policy says; with retries off ({@code maxAttempts} 1) the call is returned as it is,
	 * since a failure's attempt count is 1 already and a retry operator would only cost time on every call.
	 * @param call the call, decoding included
	 * @param beforeRetry told of each failure that is retried, as its wait begins
	 */
	<T> Mono<T> applyTo(Mono<T> call, Consumer<Throwable> beforeRetry) {
		return (this.policy.maxAttempts() > 1) ? call.retryWhen(toRetry(beforeRetry)) : call;
	}

	private Retry toRetry(Consumer<Throwable> beforeRetry) {
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			int attempts = (int) signal.totalRetries() + 1;
			Duration wait = (attempts < this.policy.maxAttempts()) ? waitBeforeRetry(failure, attempts) : null;
			if (wait == null) {
				if (failure instanceof OsuApiException apiException) {
					apiException.setAttempts(attempts);
				}
				return Mono.error(failure);
			}
			beforeRetry.accept(failure);
			return Mono.delay(wait, this.scheduler);
		}));
	}

	/** The wait before retrying after the given attempt, or {@code null} when the failure is not to be retried. */
	@Nullable Duration waitBeforeRetry(Throwable failure, int attempt) {
		if (!isTransient(failure)) {
			return null;
		}
		if (failure instanceof RateLimitException rateLimited && rateLimited.getRetryAfter() != null) {
			Duration retryAfter = rateLimited.getRetryAfter();
			return (retryAfter.compareTo(this.policy.maxBackoff()) <= 0) ? retryAfter : null;
		}
		Duration backoff = this.policy.backoff(attempt);
		if (!this.policy.jitter()) {
			return backoff;
		}
		long nanos = backoff.toNanos();
		return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
	}

	/** Failures that may pass: the server's or the connection's, and the server's own rate limiting. */
	static boolean isTransient(Throwable failure) {
		if (failure instanceof ServerException) {
			return true;
		}
		// status 0 is the local limiter refusing to wait longer than max-wait: waiting again would not help
		return failure instanceof RateLimitException rateLimited && rateLimited.getStatus() != 0;
	}

}
