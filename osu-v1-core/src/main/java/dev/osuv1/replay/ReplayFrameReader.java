package dev.osuv1.replay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.osuv1.model.Replay;
import org.jspecify.annotations.Nullable;
import org.tukaani.xz.LZMAInputStream;

/**
 * Reads the frames of replay data one at a time while the LZMA stream decompresses, without ever holding the whole
 * text (a long replay is several MB of it). The data is the {@code .lzma} stream get_replay returns and an
 * {@code .osr} file holds: ASCII frames {@code w|x|y|z} separated by commas, usually with a trailing comma.
 *
 * <p>The RNG seed frame {@code -12345|0|0|seed} that osu!stable appends is not returned as a frame and does not move
 * the clock; its seed is {@link #seed()}. Empty entries (the trailing comma) are skipped. {@code w} and {@code z} are
 * integers; {@code x} and {@code y} are read with {@link Float#parseFloat(String)}, which does not depend on the
 * locale. Anything else is a {@link ReplayFormatException} naming the frame.
 *
 * <pre>{@code
 * try (ReplayFrameReader frames = ReplayFrameReader.open(replay)) {
 *     while (frames.hasNext()) {
 *         ReplayFrame frame = frames.next();
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class ReplayFrameReader implements Iterator<ReplayFrame>, AutoCloseable {

	/** The {@code w} of the RNG seed frame. */
	public static final int SEED_FRAME_DELTA = -12345;

	/** The most memory the LZMA decoder may use, in KiB; osu! writes 2 MiB dictionaries. */
	private static final int MEMORY_LIMIT_KIB = 64 * 1024;

	/** Real frames are under 60 characters; anything this long is not a frame. */
	private static final int MAX_ENTRY_LENGTH = 200;

	private final InputStream in;

	private final byte[] buffer = new byte[8192];

	private int position;

	private int limit;

	private final char[] entry = new char[MAX_ENTRY_LENGTH];

	private int entryLength;

	private int entryNumber;

	private long time;

	private @Nullable ReplayFrame next;

	private @Nullable Integer seed;

	private boolean endReached;

	private boolean closed;

	private ReplayFrameReader(InputStream in) {
		this.in = in;
	}

	/**
	 * Starts reading the frames of a replay.
	 * @param replay the replay, as get_replay returns it or {@link OsrFile#replay()} holds it
	 * @return a reader positioned before the first frame
	 * @throws ReplayFormatException when the data does not start with an LZMA header
	 */
	public static ReplayFrameReader open(Replay replay) {
		try {
			LZMAInputStream lzma = new LZMAInputStream(new ByteArrayInputStream(replay.data()), MEMORY_LIMIT_KIB);
			lzma.enableRelaxedEndCondition();
			return new ReplayFrameReader(lzma);
		}
		catch (IOException ex) {
			throw new ReplayFormatException("replay data: not an LZMA stream (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * Returns whether another frame follows, decompressing as far as needed to know.
	 * @return whether {@link #next()} has a frame
	 * @throws ReplayFormatException when the data is corrupt or a frame is malformed
	 */
	@Override
	public boolean hasNext() {
		if (this.next == null && !this.closed) {
			this.next = readFrame();
		}
		return this.next != null;
	}

	/**
	 * Returns the next frame.
	 * @return the frame
	 * @throws NoSuchElementException when every frame has been read
	 * @throws ReplayFormatException when the data is corrupt or a frame is malformed
	 */
	@Override
	public ReplayFrame next() {
		if (!hasNext()) {
			throw new NoSuchElementException("no more replay frames");
		}
		ReplayFrame frame = this.next;
		this.next = null;
		return frame;
	}

	/**
	 * Returns the RNG seed from the seed frame, which comes last, so it is known once every frame has been read.
	 * @return the seed, or {@code null} when the data had no seed frame (replays older than version 20130319)
	 * @throws IllegalStateException when frames remain unread
	 */
	public @Nullable Integer seed() {
		if (!this.endReached) {
			throw new IllegalStateException("the seed is known once every frame has been read");
		}
		return this.seed;
	}

	/**
	 * Returns the remaining frames as a sequential stream; closing the stream closes this reader.
	 * @return the frames
	 */
	public Stream<ReplayFrame> stream() {
		Spliterator<ReplayFrame> frames = Spliterators.spliteratorUnknownSize(this,
				Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
		return StreamSupport.stream(frames, false).onClose(this::close);
	}

	/**
	 * Stops reading and releases the decoder's memory; the reader then has no more frames. Closing twice does nothing.
	 */
	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			this.next = null;
			try {
				this.in.close();
			}
			catch (IOException ex) {
				// a stream over a byte array has nothing to release that could fail
			}
		}
	}

	private @Nullable ReplayFrame readFrame() {
		while (readEntry()) {
			if (this.entryLength == 0) {
				continue;
			}
			ReplayFrame frame = parseEntry();
			if (frame != null) {
				return frame;
			}
		}
		this.endReached = true;
		close();
		return null;
	}

	/** Reads the text up to the next comma into {@link #entry}; returns false at the end of the data. */
	private boolean readEntry() {
		this.entryLength = 0;
		boolean any = false;
		while (true) {
			if (this.position == this.limit && !fill()) {
				return any;
			}
			if (!any) {
				any = true;
				this.entryNumber++;
			}
			byte b = this.buffer[this.position++];
			if (b == ',') {
				return true;
			}
			if (this.entryLength == MAX_ENTRY_LENGTH) {
				throw new ReplayFormatException("replay data: frame " + this.entryNumber + " is longer than "
						+ MAX_ENTRY_LENGTH + " characters ('" + new String(this.entry, 0, 40) + "...'), not a frame");
			}
			this.entry[this.entryLength++] = (char) (b & 0xff);
		}
	}

	private boolean fill() {
		try {
			int read = this.in.read(this.buffer);
			if (read <= 0) {
				return false;
			}
			this.position = 0;
			this.limit = read;
			return true;
		}
		catch (IOException ex) {
			throw new ReplayFormatException("replay data: the LZMA stream is corrupt or cut short near frame "
					+ Math.max(this.entryNumber, 1) + " (" + ex.getMessage() + ")", ex);
		}
	}

	/** Parses {@code w|x|y|z}; returns {@code null} for the seed frame, which it records instead. */
	private @Nullable ReplayFrame parseEntry() {
		int number = this.entryNumber;
		int first = indexOf('|', 0);
		int second = (first < 0) ? -1 : indexOf('|', first + 1);
		int third = (second < 0) ? -1 : indexOf('|', second + 1);
		if (third < 0 || indexOf('|', third + 1) >= 0) {
			throw malformed(number, "does not have the four parts w|x|y|z", null);
		}
		int delta = parseInt(0, first, number, "w (the time delta)");
		if (delta == SEED_FRAME_DELTA) {
			this.seed = (int) parseLong(third + 1, this.entryLength, number, "seed");
			return null;
		}
		float x = parseFloat(first + 1, second, number, "x");
		float y = parseFloat(second + 1, third, number, "y");
		int keys = parseInt(third + 1, this.entryLength, number, "z (the keys)");
		this.time += delta;
		return new ReplayFrame(delta, this.time, x, y, keys);
	}

	private int indexOf(char c, int from) {
		for (int i = from; i < this.entryLength; i++) {
			if (this.entry[i] == c) {
				return i;
			}
		}
		return -1;
	}

	private int parseInt(int start, int end, int number, String part) {
		try {
			return Integer.parseInt(new String(this.entry, start, end - start));
		}
		catch (NumberFormatException ex) {
			throw malformed(number, "has a " + part + " that is not an integer", ex);
		}
	}

	private long parseLong(int start, int end, int number, String part) {
		try {
			long value = Long.parseLong(new String(this.entry, start, end - start));
			if (value < Integer.MIN_VALUE || value > 0xFFFFFFFFL) {
				throw new NumberFormatException("out of the 32-bit range");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw malformed(number, "has a " + part + " that is not a 32-bit integer", ex);
		}
	}

	private float parseFloat(int start, int end, int number, String part) {
		try {
			return Float.parseFloat(new String(this.entry, start, end - start));
		}
		catch (NumberFormatException ex) {
			throw malformed(number, "has an " + part + " that is not a number", ex);
		}
	}

	private ReplayFormatException malformed(int number, String problem, @Nullable Throwable cause) {
		String message = "replay data: frame " + number + " ('" + new String(this.entry, 0, this.entryLength) + "') "
				+ problem;
		return (cause != null) ? new ReplayFormatException(message, cause) : new ReplayFormatException(message);
	}

}
