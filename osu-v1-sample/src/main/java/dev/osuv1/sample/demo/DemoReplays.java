package dev.osuv1.sample.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

/**
 * Makes the demo's replay data the way osu! stores it: frames {@code w|x|y|z} (milliseconds since the previous
 * frame, cursor x and y, keys) separated by commas, starting with the two dummy frames at (256, -500) and ending with
 * the {@code -12345|0|0|seed} frame, compressed into an LZMA "alone" stream (properties {@code 0x5D}, a 2 MiB
 * dictionary, the uncompressed size in the header). get_replay sends it base64-encoded.
 */
final class DemoReplays {

	private static final int DICTIONARY_SIZE = 1 << 21;

	private static final int FRAME_MS = 16;

	private static final int KEY1 = 5;

	private DemoReplays() {
	}

	/**
	 * Returns the base64 {@code content} of a play's replay, the same every time for the same score.
	 * @param scoreId the score, which seeds the made-up cursor movement
	 * @param durationMs how long the play lasts
	 */
	static String content(long scoreId, int durationMs) {
		return Base64.getEncoder().encodeToString(compress(frames(scoreId, durationMs)));
	}

	static String frames(long scoreId, int durationMs) {
		Random random = new Random(scoreId);
		StringBuilder frames = new StringBuilder("0|256|-500|0,-1|256|-500|0,");
		int count = durationMs / FRAME_MS;
		for (int i = 0; i < count; i++) {
			double angle = i * 0.05;
			double x = 256 + 160 * Math.cos(angle) + random.nextGaussian() * 2;
			double y = 192 + 120 * Math.sin(angle) + random.nextGaussian() * 2;
			int keys = (i % 16 < 3) ? KEY1 : 0;
			frames.append(String.format(Locale.ROOT, "%d|%.4f|%.4f|%d,", FRAME_MS, x, y, keys));
		}
		frames.append("-12345|0|0|").append(random.nextInt(Integer.MAX_VALUE)).append(',');
		return frames.toString();
	}

	static byte[] compress(String frames) {
		byte[] text = frames.getBytes(StandardCharsets.US_ASCII);
		LZMA2Options options = new LZMA2Options();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			options.setDictSize(DICTIONARY_SIZE);
			try (LZMAOutputStream lzma = new LZMAOutputStream(out, options, text.length)) {
				lzma.write(text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
