package dev.osuv1.replay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.osuv1.model.Replay;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

/**
 * Replay data the tests write themselves: frame text compressed the way osu! does it, an LZMA "alone" stream with a
 * 2 MiB dictionary and the uncompressed size in its header.
 */
final class TestReplays {

	private TestReplays() {
	}

	static Replay compress(String frames) {
		byte[] text = frames.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			// a fast preset keeps the tests quick; osu! uses the same 2 MiB dictionary
			LZMA2Options options = new LZMA2Options(1);
			options.setDictSize(1 << 21);
			try (LZMAOutputStream lzma = new LZMAOutputStream(out, options, text.length)) {
				lzma.write(text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Replay(out.toByteArray());
	}

}
