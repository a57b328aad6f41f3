package dev.osuv1.ratelimit;

import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * A Bucket4j clock that reads a virtual-time scheduler, so buckets refill exactly as far as the test advances time
 * and the limiter's waits end on that same time line.
 */
final class VirtualClock implements TimeMeter {

	private final VirtualTimeScheduler scheduler;

	VirtualClock(VirtualTimeScheduler scheduler) {
		this.scheduler = scheduler;
	}

	@Override
	public long currentTimeNanos() {
		return this.scheduler.now(TimeUnit.NANOSECONDS);
	}

	@Override
	public boolean isWallClockBased() {
		return false;
	}

}
