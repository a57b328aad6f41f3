package dev.osuv1.sample.output;

import dev.osuv1.model.Replay;

/**
 * Describes replay data in a few words: its size, and the uncompressed size its LZMA header announces.
 */
public final class ReplaySummary {

	/** Properties (5 bytes) and dictionary size come before the 8-byte uncompressed size in an LZMA header. */
	private static final int SIZE_OFFSET = 5;

	private static final int HEADER_LENGTH = 13;

	private ReplaySummary() {
	}

	/**
	 * Describes replay data.
	 * @param replay the replay
	 * @return for example "1,234 bytes of LZMA-compressed frames (5,678 bytes uncompressed)"
	 */
	public static String describe(Replay replay) {
		byte[] data = replay.data();
		String text = Formats.number(data.length) + " bytes of LZMA-compressed frames";
		if (data.length < HEADER_LENGTH) {
			return text;
		}
		long uncompressed = 0;
		for (int i = 7; i >= 0; i--) {
			uncompressed = (uncompressed << 8) | (data[SIZE_OFFSET + i] & 0xFF);
		}
		return (uncompressed >= 0) ? text + " (" + Formats.number(uncompressed) + " bytes uncompressed)" : text;
	}

}
