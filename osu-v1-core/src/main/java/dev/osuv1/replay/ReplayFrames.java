package dev.osuv1.replay;

import java.util.ArrayList;
import java.util.List;

import dev.osuv1.model.Replay;
import org.jspecify.annotations.Nullable;

/**
 * Every frame of a replay, collected, and the RNG seed. For long replays that are only scanned once,
 * {@link ReplayFrameReader} reads the same frames without keeping them.
 *
 * @param frames the frames in order, the seed frame left out
 * @param seed the RNG seed from the {@code -12345|0|0|seed} frame; {@code null} when there was none
 */
public record ReplayFrames(List<ReplayFrame> frames, @Nullable Integer seed) {

	/**
	 * Creates the collected frames.
	 * @param frames the frames in order, the seed frame left out
	 * @param seed the RNG seed from the {@code -12345|0|0|seed} frame; {@code null} when there was none
	 */
	public ReplayFrames {
		frames = List.copyOf(frames);
	}

	/**
	 * Decompresses and reads every frame of a replay.
	 * @param replay the replay, as get_replay returns it or {@link OsrFile#replay()} holds it
	 * @return the frames and the seed
	 * @throws ReplayFormatException when the data is corrupt or a frame is malformed
	 */
	public static ReplayFrames decode(Replay replay) {
		try (ReplayFrameReader reader = ReplayFrameReader.open(replay)) {
			List<ReplayFrame> frames = new ArrayList<>();
			reader.forEachRemaining(frames::add);
			return new ReplayFrames(frames, reader.seed());
		}
	}

	/**
	 * Returns the time of the last frame: the sum of every delta.
	 * @return milliseconds since the start, 0 when there are no frames
	 */
	public long endTime() {
		return this.frames.isEmpty() ? 0 : this.frames.get(this.frames.size() - 1).time();
	}

}
