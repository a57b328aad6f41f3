package dev.osuv1.model;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A replay as get_replay returns it: the decoded bytes of its {@code content}, which are an LZMA stream of cursor and
 * key frames, not a whole {@code .osr} file.
 *
 * @param data the LZMA-compressed frame stream
 */
public record Replay(byte[] data) {

	/**
	 * Creates a replay holding a copy of the given bytes.
	 * @param data the LZMA-compressed frame stream
	 */
	public Replay {
		data = data.clone();
	}

	/**
	 * Returns a copy of the LZMA-compressed frame stream.
	 * @return the bytes
	 */
	@Override
	public byte[] data() {
		return this.data.clone();
	}

	/**
	 * Returns the length of the compressed stream.
	 * @return the number of bytes
	 */
	public int size() {
		return this.data.length;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof Replay replay) && Arrays.equals(replay.data, this.data);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.data);
	}

	@Override
	public String toString() {
		return "Replay[" + this.data.length + " bytes]";
	}

}
