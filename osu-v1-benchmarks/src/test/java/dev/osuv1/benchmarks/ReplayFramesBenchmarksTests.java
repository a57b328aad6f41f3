package dev.osuv1.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each replay benchmark once; both read the same frames.
 */
class ReplayFramesBenchmarksTests {

	@Test
	void bothReadTheSameFrames() {
		ReplayFramesBenchmarks benchmarks = new ReplayFramesBenchmarks();
		benchmarks.setUp();
		int frames = benchmarks.framesClient().frames().size();
		assertThat(frames).isGreaterThan(1_000);
		// every entry has four parts; the split also counts the seed frame, which is not a frame
		assertThat(benchmarks.framesSplit()).isEqualTo(4 * (frames + 1));
	}

	@Test
	void generatedReplayHasFramesAndASeed() {
		Bodies bodies = GeneratedBodies.create();
		assertThat(dev.osuv1.replay.ReplayFrames.decode(bodies.replayData()).seed()).isEqualTo(56072);
	}

}
