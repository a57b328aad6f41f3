package dev.osuv1.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each limiter benchmark once: a turn is given at once, on the calling thread.
 */
class LimiterBenchmarksTests {

	@Test
	void everyAcquisitionCompletesAtOnce() {
		LimiterBenchmarks benchmarks = new LimiterBenchmarks();
		benchmarks.setUp();
		assertThat(benchmarks.acquireBucket()).isEqualTo(1);
		assertThat(benchmarks.acquireUnlimited()).isEqualTo(2);
	}

}
