package dev.osuv1.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.osuv1.OsuV1Client;
import dev.osuv1.ratelimit.BucketRateLimiter;
import dev.osuv1.ratelimit.RateLimits;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Many calls queued behind the limiter at once: with the default budget (600 a minute) spent, {@code calls} more
 * get_user calls are subscribed together and all wait their turns (max-wait raised so none is refused). Measures the
 * heap they hold and the threads they add, each after a full collection, then cancels them.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.LimiterQueue [--calls=10000] [--out=FILE]}
 */
public final class LimiterQueue {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private LimiterQueue() {
	}

	/**
	 * Queues the calls.
	 * @param args the options above
	 */
	public static void main(String[] args) {
		Options options = new Options(args);
		ResultFile.write(run((int) options.getLong("calls", 10_000)), options.get("out", ""));
	}

	static Map<String, Object> run(int calls) {
		RateLimits limits = RateLimits.defaults().withMaxWait(Duration.ofDays(7));
		try (ArrivalLog server = new ArrivalLog(1_000, Bodies.load().user());
				OsuV1Client client = OsuV1Target.builder(server.baseUrl())
					.rateLimiter(BucketRateLimiter.create(limits))
					.build()) {
			// spend the whole burst, so every call below waits; this also starts the connections' event loops and
			// the timeout timer
			Flux.range(0, (int) limits.requests())
				.flatMap((i) -> client.getUser("peppy"), 64)
				.blockLast();
			// and the fixed pool of Reactor's parallel scheduler, which the limiter waits on: whether a call of the
			// burst had to wait (and so started it) depends on how fast the burst went
			Flux.range(0, 4 * Schedulers.DEFAULT_POOL_SIZE)
				.flatMap((i) -> Mono.delay(Duration.ofMillis(1), Schedulers.parallel()))
				.blockLast();
			long heapBefore = settledHeap();
			int threadsBefore = THREADS.getThreadCount();
			THREADS.resetPeakThreadCount();
			Disposable.Composite queued = Disposables.composite();
			long start = System.nanoTime();
			for (int i = 0; i < calls; i++) {
				queued.add(client.getUser("peppy").subscribe());
			}
			long subscribeNanos = System.nanoTime() - start;
			long heapQueued = settledHeap();
			int threadsQueued = THREADS.getThreadCount();
			int peakThreads = THREADS.getPeakThreadCount();
			int sent = server.arrivals().length;
			queued.dispose();
			long heapAfterCancel = settledHeap();
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("queuedCalls", calls);
			result.put("sentWhileQueued", sent - (int) limits.requests());
			result.put("extraHeapBytes", heapQueued - heapBefore);
			result.put("extraHeapBytesPerCall", (heapQueued - heapBefore) / (double) calls);
			result.put("heapBytesLeftAfterCancel", heapAfterCancel - heapBefore);
			result.put("threadsBefore", threadsBefore);
			result.put("threadsQueued", threadsQueued);
			result.put("extraThreads", threadsQueued - threadsBefore);
			result.put("peakExtraThreads", peakThreads - threadsBefore);
			result.put("subscribeMicrosPerCall", subscribeNanos / 1_000.0 / calls);
			result.put("runtime", ResultFile.runtime());
			return result;
		}
	}

	/** The heap in use once collections no longer free anything. */
	private static long settledHeap() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			long now = MEMORY.getHeapMemoryUsage().getUsed();
			if (now >= used - 64 * 1024) {
				return Math.min(used, now);
			}
			used = now;
		}
		return used;
	}

}
