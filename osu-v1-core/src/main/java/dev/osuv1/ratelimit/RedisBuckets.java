package dev.osuv1.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketListener;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import reactor.core.scheduler.Scheduler;

/**
 * Builds the {@link BucketRateLimiter} whose two buckets live in Redis, through Bucket4j's Lettuce proxy manager.
 * Each bucket operation is one compare-and-swap round trip (retried when another instance changed the bucket
 * meanwhile), timed on the clock of the instance making it, so the instances sharing a key need clocks that agree
 * (NTP). A bucket that is missing, because it expired or Redis lost it, is made again full.
 */
final class RedisBuckets {

	/**
	 * How long a bucket stays in Redis once it has refilled completely. A bucket that is gone is made again full,
	 * which is the state it would be in anyway, so this only saves idle keys a few round trips.
	 */
	private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);

	private RedisBuckets() {
	}

	/**
	 * Returns a limiter whose buckets live in Redis under the given keys.
	 * @param connection where the round trips go
	 * @param limits the size of the buckets and the longest wait
	 * @param keys the keys of the buckets
	 * @param timeout the longest a bucket operation may take, retries included
	 * @param answered told whenever Redis answered a reservation
	 * @param scheduler where waits are timed, and where a replay reserves its replay token after its general turn:
	 * a thread that may block
	 * @return the limiter
	 */
	static BucketRateLimiter limiter(StatefulRedisConnection<byte[], byte[]> connection, RateLimits limits,
			BucketKeys keys, Duration timeout, Runnable answered, Scheduler scheduler) {
		ProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(connection)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
			.requestTimeout(timeout)
			.build();
		BucketListener listener = new AnswerListener(answered);
		Bucket general = proxies.builder()
			.withListener(listener)
			.build(keys.generalBytes(), () -> configuration(limits.requests(), limits.period()));
		Bucket replay = proxies.builder()
			.withListener(listener)
			.build(keys.replayBytes(), () -> configuration(limits.replayRequests(), limits.replayPeriod()));
		return new BucketRateLimiter(limits, general, replay, scheduler);
	}

	/**
	 * The configuration of a bucket as {@link BucketRateLimiter#create(RateLimits)} makes it locally. Every instance
	 * should use the same limits: the first to make a bucket in Redis sets its configuration until the key expires.
	 */
	private static BucketConfiguration configuration(long capacity, Duration period) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
			.build();
	}

	/**
	 * Hears that Redis answered a reservation, whether it gave a turn or refused one.
	 */
	private static final class AnswerListener implements BucketListener {

		private final Runnable answered;

		AnswerListener(Runnable answered) {
			this.answered = answered;
		}

		@Override
		public void onConsumed(long tokens) {
			this.answered.run();
		}

		@Override
		public void onRejected(long tokens) {
			this.answered.run();
		}

		@Override
		public void onParked(long nanos) {
		}

		@Override
		public void onInterrupted(InterruptedException ex) {
		}

		@Override
		public void onDelayed(long nanos) {
		}

	}

}
