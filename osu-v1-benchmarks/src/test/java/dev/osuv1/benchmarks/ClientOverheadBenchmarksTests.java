package dev.osuv1.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each client-overhead benchmark once: both clients decode the answer the filter gives.
 */
class ClientOverheadBenchmarksTests {

	@Test
	void bothClientsDecodeTheFilteredAnswer() {
		ClientOverheadBenchmarks benchmarks = new ClientOverheadBenchmarks();
		benchmarks.setUp();
		try {
			assertThat(benchmarks.getUserClient().username()).isEqualTo("peppy");
			assertThat(benchmarks.getUserFloor()).singleElement().extracting(PlainUser::username).isEqualTo("peppy");
		}
		finally {
			benchmarks.tearDown();
		}
	}

}
