package dev.osuv1.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.osuv1.ratelimit.BucketRateLimiter;
import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RateLimits;
import dev.osuv1.ratelimit.RequestKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;

/**
 * What acquiring a turn costs a call when the budget is ample, so no call waits: {@link BucketRateLimiter} (a
 * Bucket4j reservation behind a {@code Mono}) against {@link RateLimiter#unlimited()} (an empty {@code Mono}), each
 * subscribed to as the client subscribes before it sends. The difference is the limiter's overhead per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LimiterBenchmarks {

	/** Far more tokens a second than one thread can take, so the bucket never runs dry. */
	private static final long AMPLE = 1_000_000_000L;

	private RateLimiter bucket;

	private RateLimiter unlimited;

	private final Completions completions = new Completions();

	/**
	 * Creates the two limiters.
	 */
	@Setup
	public void setUp() {
		this.bucket = BucketRateLimiter.create(RateLimits.defaults().withRequests(AMPLE).withPeriod(Duration.ofSeconds(1)));
		this.unlimited = RateLimiter.unlimited();
	}

	/**
	 * Acquires a turn from a bucket that always has tokens.
	 * @return how many turns completed so far
	 */
	@Benchmark
	public long acquireBucket() {
		this.bucket.acquire(RequestKind.GENERAL).subscribe(this.completions);
		return this.completions.count;
	}

	/**
	 * Acquires a turn from the limiter that lets everything through: the cost of the {@code Mono} alone.
	 * @return how many turns completed so far
	 */
	@Benchmark
	public long acquireUnlimited() {
		this.unlimited.acquire(RequestKind.GENERAL).subscribe(this.completions);
		return this.completions.count;
	}

	/**
	 * Counts completions; one instance serves every subscription since a free turn completes at once, on the
	 * subscribing thread.
	 */
	static final class Completions implements CoreSubscriber<Void> {

		long count;

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(Void value) {
		}

		@Override
		public void onError(Throwable error) {
			throw new IllegalStateException("a turn was refused", error);
		}

		@Override
		public void onComplete() {
			this.count++;
		}

	}

}
