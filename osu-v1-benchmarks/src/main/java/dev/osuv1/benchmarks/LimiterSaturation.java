package dev.osuv1.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.osuv1.OsuV1Client;
import dev.osuv1.ratelimit.BucketRateLimiter;
import dev.osuv1.ratelimit.RateLimits;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The limiter saturated: far more calls than the budget allows, kept waiting for as long as the run lasts, against
 * a loopback server that notes when each request arrives. The bucket holds {@code rate} tokens and refills
 * {@code rate} a second, so no 1 s window may hold more than {@code 2 × rate} requests (a full bucket plus one second
 * of refill), and a saturated limiter should send exactly {@code rate} a second.
 *
 * <p>The run starts with a fresh client and a full bucket; the first {@code warmup} seconds (the burst, the first
 * connections, the JIT) are reported apart, and the measured run is the {@code seconds} after them.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.LimiterSaturation [--rate=50] [--seconds=20]
 * [--warmup=3] [--concurrency=64] [--out=FILE]}
 */
public final class LimiterSaturation {

	private static final long SECOND = 1_000_000_000L;

	private LimiterSaturation() {
	}

	/**
	 * Runs the saturated limiter.
	 * @param args the options above
	 */
	public static void main(String[] args) {
		Options options = new Options(args);
		ResultFile.write(run(options.getLong("rate", 50), options.getLong("seconds", 20), options.getLong("warmup", 3),
				(int) options.getLong("concurrency", 64)), options.get("out", ""));
	}

	static Map<String, Object> run(long rate, long seconds, long warmup, int concurrency) {
		RateLimits limits = new RateLimits(rate, Duration.ofSeconds(1), 10, Duration.ofMinutes(1),
				Duration.ofMinutes(1));
		try (ArrivalLog server = new ArrivalLog((int) (rate * (warmup + seconds + 5) * 2), Bodies.load().user());
				OsuV1Client client = OsuV1Target.builder(server.baseUrl())
					.rateLimiter(BucketRateLimiter.create(limits))
					.build()) {
			long start = System.nanoTime();
			long deadline = start + (warmup + seconds) * SECOND;
			Flux.range(0, concurrency)
				.flatMap((i) -> Mono.defer(() -> client.getUser("peppy")).repeat(() -> System.nanoTime() < deadline),
						concurrency)
				.blockLast();
			return analyse(server.arrivals(), rate, start + warmup * SECOND, seconds);
		}
	}

	/**
	 * Measures the run of {@code seconds} from {@code from}, and the start before it.
	 * @param arrivals when requests arrived, in order
	 * @param rate the configured rate, also the bucket's size
	 * @param from where the measured run starts, in {@link System#nanoTime()} nanoseconds
	 * @param seconds how long the measured run lasts
	 */
	static Map<String, Object> analyse(long[] arrivals, long rate, long from, long seconds) {
		long end = from + seconds * SECOND;
		int requests = countBetween(arrivals, from, end);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("configuredRate", rate);
		result.put("bucketCapacity", rate);
		result.put("seconds", seconds);
		result.put("requests", requests);
		result.put("achievedRate", requests / (double) seconds);
		result.put("largestOneSecondWindow", largestWindow(arrivals, from, end));
		result.put("oneSecondBound", 2 * rate);
		result.put("startRequests", countBetween(arrivals, Long.MIN_VALUE, from));
		result.put("largestOneSecondWindowAtStart", largestWindow(arrivals, Long.MIN_VALUE, from));
		result.put("runtime", ResultFile.runtime());
		return result;
	}

	/** The largest number of arrivals in a 1 s window starting at an arrival in {@code [from, to)}. */
	private static int largestWindow(long[] arrivals, long from, long to) {
		int largest = 0;
		for (long arrival : arrivals) {
			if (arrival >= from && arrival < to) {
				largest = Math.max(largest, countBetween(arrivals, arrival, arrival + SECOND));
			}
		}
		return largest;
	}

	/** How many arrivals fall in {@code [from, to)}. */
	private static int countBetween(long[] sorted, long from, long to) {
		return lowerBound(sorted, to) - lowerBound(sorted, from);
	}

	private static int lowerBound(long[] sorted, long value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < value) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
