package dev.osuv1;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The timer behind each call's timeout: a hashed wheel on one daemon thread, ticking every {@value #TICK_MILLIS} ms,
 * shared by the open clients and stopped when the last of them closes. Starting and cancelling a timeout only puts it
 * on a lock-free queue, where {@code Mono.timeout} on Reactor's parallel scheduler takes a lock both ways and wakes a
 * scheduler thread whenever few calls are in flight; a timeout fires up to one tick late.
 */
final class ResponseTimer implements AutoCloseable {

	static final long TICK_MILLIS = 20;

	private static final Object lock = new Object();

	private static @Nullable HashedWheelTimer shared;

	private static int users;

	private final HashedWheelTimer wheel;

	private ResponseTimer(HashedWheelTimer wheel) {
		this.wheel = wheel;
	}

	/** Returns the shared timer, starting it for the first client; {@link #close()} gives it back. */
	static ResponseTimer open() {
		synchronized (lock) {
			if (shared == null) {
				shared = new HashedWheelTimer(new DefaultThreadFactory("osu-v1-timeouts", true), TICK_MILLIS,
						TimeUnit.MILLISECONDS, 256);
			}
			users++;
			return new ResponseTimer(shared);
		}
	}

	/** Emits once the delay has passed; cancelling the subscription cancels the timer. */
	Mono<Long> after(Duration delay) {
		long nanos = delay.toNanos();
		return Mono.create((sink) -> {
			Timeout timeout = this.wheel.newTimeout((expired) -> sink.success(0L), nanos, TimeUnit.NANOSECONDS);
			sink.onCancel(timeout::cancel);
		});
	}

	/** Gives the timer back; the last client to do so stops its thread. Call once. */
	@Override
	public void close() {
		synchronized (lock) {
			users--;
			if (users == 0 && shared != null) {
				shared.stop();
				shared = null;
			}
		}
	}

}
