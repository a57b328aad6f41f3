package dev.osuv1.benchmarks;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter runs, shortened: a second of saturation and a few hundred queued calls. Times are never judged.
 */
class LimiterRunsTests {

	@Test
	void saturatedRunReportsRateAndWindows() {
		Map<String, Object> result = LimiterSaturation.run(20, 1, 1, 8);
		assertThat(result).containsKeys("achievedRate", "largestOneSecondWindow", "largestOneSecondWindowAtStart");
		assertThat((int) result.get("requests")).isPositive();
	}

	@Test
	void queuedCallsAddNoThreads() {
		Map<String, Object> result = LimiterQueue.run(300);
		assertThat(result).containsKeys("extraHeapBytes", "extraThreads");
		assertThat((int) result.get("peakExtraThreads")).isZero();
		// the burst that is spent first was sent as that many requests: no call stood in for another
		assertThat((int) result.get("sentWhileQueued")).isNotNegative();
	}

	@Test
	void windowsAreCountedOverArrivals() {
		long second = 1_000_000_000L;
		long[] arrivals = { 0, second / 2, second, second + 1, 3 * second };
		Map<String, Object> result = LimiterSaturation.analyse(arrivals, 2, 0, 4);
		assertThat(result.get("requests")).isEqualTo(5);
		assertThat(result.get("largestOneSecondWindow")).isEqualTo(3);
	}

}
