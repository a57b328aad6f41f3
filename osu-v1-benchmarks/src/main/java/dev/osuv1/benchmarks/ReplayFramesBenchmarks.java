package dev.osuv1.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.osuv1.model.Replay;
import dev.osuv1.replay.ReplayFrames;
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
import org.tukaani.xz.LZMAInputStream;

/**
 * Reading a replay's frames with {@link ReplayFrames#decode(Replay)} against the floor for the same bytes: the same
 * LZMA decompression into one text, then a plain split into frames and of each frame into its four parts, without
 * parsing a number. Both start from the compressed data.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ReplayFramesBenchmarks {

	/** The decoder's memory limit in KiB, as core's reader sets it. */
	private static final int MEMORY_LIMIT_KIB = 64 * 1024;

	private Replay replay;

	/**
	 * Loads the replay of the get_replay body.
	 */
	@Setup
	public void setUp() {
		this.replay = Bodies.load().replayData();
	}

	/**
	 * Every frame as a {@code ReplayFrame}, with times and the seed.
	 * @return the frames
	 */
	@Benchmark
	public ReplayFrames framesClient() {
		return ReplayFrames.decode(this.replay);
	}

	/**
	 * The floor: decompress, split on commas, split each frame on bars.
	 * @return the number of parts, so nothing is optimised away
	 */
	@Benchmark
	public int framesSplit() {
		String text = decompress(this.replay.data());
		int parts = 0;
		for (String frame : text.split(",")) {
			parts += frame.split("\\|").length;
		}
		return parts;
	}

	static String decompress(byte[] data) {
		try (LZMAInputStream lzma = new LZMAInputStream(new ByteArrayInputStream(data), MEMORY_LIMIT_KIB)) {
			lzma.enableRelaxedEndCondition();
			return new String(lzma.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
