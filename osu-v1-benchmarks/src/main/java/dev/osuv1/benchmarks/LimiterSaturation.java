package dev.osuv1.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.osuv1.OsuV1Client;
import dev.osuv1.RetryPolicy;
import dev.osuv1.ratelimit.BucketRateLimiter;
import dev.osuv1.ratelimit.RateLimits;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The limiter saturated: far more calls than the budget allows, kept waiting for as long as the run lasts, against
 * a loopback server that notes when each request arrives. The bucket holds {@code rate} tokens and refills
 * {@code rate} a second, so any 1 s window may hold at most {@code 2 × rate} requests (a full bucket plus one
 * second of refill) and, once the first burst is spent, the requests should come at exactly {@code rate} a second.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.LimiterSaturation [--rate=50] [--seconds=20]
 * [--concurrency=64] [--out=FILE]}
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
		ResultFile.write(run(options.getLong("rate", 50), options.getLong("seconds", 20),
				(int) options.getLong("concurrency", 64)), options.get("out", ""));
	}

	static Map<String, Object> run(long rate, long seconds, int concurrency) {
		RateLimits limits = new RateLimits(rate, Duration.ofSeconds(1), 10, Duration.ofMinutes(1),
				Duration.ofMinutes(1));
		try (ArrivalLog server = new ArrivalLog((int) (rate * (seconds + 5) * 2), Bodies.load().user());
				OsuV1Client client = OsuV1Client.builder()
					.token(Workload.KEY)
					.baseUrl(server.baseUrl())
					.rateLimiter(BucketRateLimiter.create(limits))
					.retryPolicy(RetryPolicy.none())
					.build()) {
			long deadline = System.nanoTime() + seconds * SECOND;
			Flux.range(0, concurrency)
				.flatMap((i) -> Mono.defer(() -> client.getUser("peppy")).repeat(() -> System.nanoTime() < deadline),
						concurrency)
				.blockLast();
			return analyse(server.arrivals(), rate, seconds);
		}
	}

	static Map<String, Object> analyse(long[] arrivals, long rate, long seconds) {
		long start = arrivals[0];
		long end = start + seconds * SECOND;
		int inRun = countBetween(arrivals, start, end);
		int afterBurst = countBetween(arrivals, start + SECOND, end);
		int largestWindow = 0;
		int largestWindowAfterBurst = 0;
		for (int i = 0; i < arrivals.length && arrivals[i] < end; i++) {
			int window = countBetween(arrivals, arrivals[i], Math.min(arrivals[i] + SECOND, end));
			largestWindow = Math.max(largestWindow, window);
			if (arrivals[i] >= start + SECOND) {
				largestWindowAfterBurst = Math.max(largestWindowAfterBurst, window);
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("configuredRate", rate);
		result.put("bucketCapacity", rate);
		result.put("seconds", seconds);
		result.put("requests", inRun);
		result.put("achievedRate", afterBurst / (double) (seconds - 1));
		result.put("achievedRateBeyondBurst", (inRun - rate) / (double) seconds);
		result.put("largestOneSecondWindow", largestWindow);
		result.put("largestOneSecondWindowAfterBurst", largestWindowAfterBurst);
		result.put("oneSecondBound", 2 * rate);
		result.put("runtime", ResultFile.runtime());
		return result;
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
