package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * One subscription to {@link RateLimiter#acquire(RequestKind)}, recording on virtual time when it was subscribed,
 * released or refused.
 */
final class Call {

	private final VirtualTimeScheduler scheduler;

	private final Duration subscribedAt;

	private @Nullable Duration releasedAt;

	private @Nullable Throwable failure;

	private @Nullable Duration failedAt;

	private final Disposable subscription;

	private Call(RateLimiter limiter, RequestKind kind, VirtualTimeScheduler scheduler) {
		this.scheduler = scheduler;
		this.subscribedAt = now();
		this.subscription = limiter.acquire(kind).subscribe((nothing) -> {
		}, (ex) -> {
			this.failure = ex;
			this.failedAt = now();
		}, () -> this.releasedAt = now());
	}

	static Call start(RateLimiter limiter, RequestKind kind, VirtualTimeScheduler scheduler) {
		return new Call(limiter, kind, scheduler);
	}

	Duration subscribedAt() {
		return this.subscribedAt;
	}

	boolean isReleased() {
		return this.releasedAt != null;
	}

	@Nullable Duration releasedAt() {
		return this.releasedAt;
	}

	boolean isFailed() {
		return this.failure != null;
	}

	@Nullable Throwable failure() {
		return this.failure;
	}

	@Nullable Duration failedAt() {
		return this.failedAt;
	}

	void cancel() {
		this.subscription.dispose();
	}

	private Duration now() {
		return Duration.ofNanos(this.scheduler.now(TimeUnit.NANOSECONDS));
	}

	@Override
	public String toString() {
		return "Call[subscribedAt=" + this.subscribedAt + ", releasedAt=" + this.releasedAt + ", failedAt="
				+ this.failedAt + "]";
	}

}
