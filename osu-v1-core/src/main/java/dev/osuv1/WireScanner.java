package dev.osuv1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads the API's JSON bodies straight from their bytes, for the row decoders: objects whose values are JSON texts,
 * {@code null}, or, where a decoder asks for them, nested objects and arrays of objects. That is all the API sends,
 * and it is strictly less than JSON: a number, a boolean, a nested value no decoder asked for, a name with an escape
 * or a byte outside ASCII, invalid UTF-8 in a text, an unescaped control character, or anything that is not JSON is
 * declined with {@link WireValues#DECLINED}, and the caller hands the whole body to Jackson, which reads it, or
 * rejects it, as before. A text becomes a {@code String} straight from its bytes when it is plain ASCII without
 * escapes (the usual case); otherwise, and for numbers and dates, it is decoded into a reused character buffer.
 * Field names are matched on the bytes, guessing first the name after the last one (the API sends them in one
 * order).
 *
 * <p>One scanner reads one body, on one thread.
 */
final class WireScanner {

	/** What {@link #nextField} answers at the end of an object. */
	static final int END_OBJECT = -1;

	/** What {@link #nextField} answers for a name that is not one of the row's. */
	static final int UNKNOWN_NAME = -2;

	private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	/** The bytes a text's scan stops at: the quote, the backslash, control characters and bytes outside ASCII. */
	private static final boolean[] SPECIAL = new boolean[256];

	static {
		for (int b = 0; b < 256; b++) {
			SPECIAL[b] = b < 0x20 || b >= 0x80 || b == '"' || b == '\\';
		}
	}

	private final byte[] body;

	private int pos;

	/**
	 * The value of the field last read: {@link JsonToken#VALUE_STRING}, {@link JsonToken#VALUE_NULL}, or
	 * {@link JsonToken#START_ARRAY} / {@link JsonToken#START_OBJECT} (the scanner just inside it) for a decoder to read
	 * with {@link #objects} or {@link #object}.
	 */
	private JsonToken token = JsonToken.VALUE_NULL;

	/** The bytes of the current text, without its quotes. */
	private int start;

	private int end;

	/** Whether the current text is ASCII without escapes, so that its bytes are its characters. */
	private boolean plain;

	/** The current text's characters, once {@link #chars()} has decoded them. */
	private char[] chars = new char[64];

	private int length = -1;

	/** Whether the object being read has had a field yet (a comma comes before every later one). */
	private boolean fieldRead;

	/** The index after the last name matched: the guess for the next one, the API sending them in one order. */
	private int nameGuess;

	WireScanner(byte[] body) {
		this.body = body;
	}

	/**
	 * Reads a whole body that must be a JSON array of objects, each read by {@code row}, and nothing after it.
	 * @return the rows, or {@code null} when the body or a row is declined
	 */
	static <T> @Nullable List<T> rows(byte[] body, WireValues.Row<T> row) {
		return whole(body, (scanner) -> scanner.objects(row));
	}

	/**
	 * Reads a whole body that must be one JSON object, read by {@code object}, and nothing after it.
	 * @return the value, or {@code null} when the body or a part of it is declined
	 */
	static <T> @Nullable T object(byte[] body, WireValues.Row<T> object) {
		return whole(body, (scanner) -> scanner.object(object));
	}

	private static <T> @Nullable T whole(byte[] body, WireValues.Row<T> value) {
		try {
			WireScanner scanner = new WireScanner(body);
			scanner.value(scanner.skipWhitespace());
			T read = value.read(scanner);
			scanner.endOfBody();
			return read;
		}
		catch (WireValues.Declined ex) {
			return null;
		}
	}

	/**
	 * The current value as an array of objects, each read by {@code row}; any other value, or any other element
	 * ({@code null} included, which Jackson binds to a null element), is declined.
	 */
	<T> List<T> objects(WireValues.Row<T> row) {
		if (this.token != JsonToken.START_ARRAY) {
			throw WireValues.DECLINED;
		}
		int guess = this.nameGuess;
		List<T> rows = new ArrayList<>();
		boolean first = true;
		while (nextObject(first)) {
			rows.add(row.read(this));
			first = false;
		}
		leaveNested(guess);
		return rows;
	}

	/** As {@link #objects}, or {@code null} for a JSON {@code null}. */
	<T> @Nullable List<T> nullableObjects(WireValues.Row<T> row) {
		return (this.token == JsonToken.VALUE_NULL) ? null : objects(row);
	}

	/** The current value as an object, read by {@code row}; any other value is declined. */
	<T> T object(WireValues.Row<T> row) {
		if (this.token != JsonToken.START_OBJECT) {
			throw WireValues.DECLINED;
		}
		int guess = this.nameGuess;
		enterObject();
		T read = row.read(this);
		leaveNested(guess);
		return read;
	}

	/** Passes over the current value of a field no decoder reads: a text or {@code null}; any other is declined. */
	void skipValue() {
		if (this.token != JsonToken.VALUE_STRING && this.token != JsonToken.VALUE_NULL) {
			throw WireValues.DECLINED;
		}
	}

	/**
	 * Moves to the next element of the array the scanner is in: {@code true} on an object's {@code {}, {@code false}
	 * at the array's end. Any other element is declined.
	 */
	private boolean nextObject(boolean first) {
		int c = skipWhitespace();
		if (c == ']') {
			this.pos++;
			return false;
		}
		if (!first) {
			if (c != ',') {
				throw WireValues.DECLINED;
			}
			this.pos++;
			c = skipWhitespace();
		}
		if (c != '{') {
			throw WireValues.DECLINED;
		}
		this.pos++;
		enterObject();
		return true;
	}

	private void enterObject() {
		this.fieldRead = false;
		this.nameGuess = 0;
	}

	/** Back in the object that holds a nested value: it has read a field, and guesses its names as before. */
	private void leaveNested(int guess) {
		this.fieldRead = true;
		this.nameGuess = guess;
	}

	/** Checks that nothing but whitespace follows the body's value. */
	private void endOfBody() {
		if (skipWhitespace() >= 0) {
			throw WireValues.DECLINED;
		}
	}

	/**
	 * Reads the next field of the current object, its value included: the index of its name among {@code names},
	 * {@link #UNKNOWN_NAME}, or {@link #END_OBJECT}.
	 */
	int nextField(Names names) {
		int c = skipWhitespace();
		if (c == '}') {
			this.pos++;
			return END_OBJECT;
		}
		if (this.fieldRead) {
			if (c != ',') {
				throw WireValues.DECLINED;
			}
			this.pos++;
			c = skipWhitespace();
		}
		this.fieldRead = true;
		if (c != '"') {
			throw WireValues.DECLINED;
		}
		int nameStart = ++this.pos;
		int field = names.matchAt(this.body, nameStart, this.nameGuess);
		int nameEnd = (field != UNKNOWN_NAME) ? nameStart + names.length(field) : nameEnd(nameStart);
		this.pos = nameEnd + 1;
		if (skipWhitespace() != ':') {
			throw WireValues.DECLINED;
		}
		this.pos++;
		value(skipWhitespace());
		if (field == UNKNOWN_NAME) {
			field = names.match(this.body, nameStart, nameEnd - nameStart);
		}
		this.nameGuess = field + 1;
		return field;
	}

	/** The current value's token (see {@link #token}). */
	JsonToken token() {
		return this.token;
	}

	/** The current text as a {@code String}. */
	String text() {
		if (this.plain) {
			return new String(this.body, this.start, this.end - this.start, StandardCharsets.ISO_8859_1);
		}
		return new String(chars(), 0, this.length);
	}

	/** The current text's characters, from index 0 up to {@link #length()}. */
	char[] chars() {
		if (this.length < 0) {
			if (this.plain) {
				copyPlain();
			}
			else {
				decode();
			}
		}
		return this.chars;
	}

	/** A plain text's bytes are its characters. */
	private void copyPlain() {
		int count = this.end - this.start;
		if (this.chars.length < count) {
			this.chars = new char[count];
		}
		char[] out = this.chars;
		byte[] bytes = this.body;
		int from = this.start;
		for (int k = 0; k < count; k++) {
			out[k] = (char) bytes[from + k];
		}
		this.length = count;
	}

	/** How many characters the current text has, decoding it first if {@link #chars()} has not. */
	int length() {
		chars();
		return this.length;
	}

	private void value(int c) {
		this.length = -1;
		if (c == '"') {
			this.token = JsonToken.VALUE_STRING;
			text(this.pos + 1);
		}
		else if (c == '[' || c == '{') {
			this.token = (c == '[') ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
			this.pos++;
		}
		else if (c == 'n' && this.pos + 4 <= this.body.length && this.body[this.pos + 1] == 'u'
				&& this.body[this.pos + 2] == 'l' && this.body[this.pos + 3] == 'l') {
			this.token = JsonToken.VALUE_NULL;
			this.pos += 4;
		}
		else {
			throw WireValues.DECLINED;
		}
	}

	/** Finds the end of a text that starts at {@code from}, noting whether it is plain. */
	private void text(int from) {
		byte[] bytes = this.body;
		boolean ascii = true;
		int i = from;
		while (true) {
			while (i + Long.BYTES <= bytes.length && !special(word(bytes, i))) {
				i += Long.BYTES;
			}
			while (i < bytes.length && !SPECIAL[bytes[i] & 0xFF]) {
				i++;
			}
			if (i >= bytes.length) {
				throw WireValues.DECLINED;
			}
			int b = bytes[i];
			if (b == '"') {
				break;
			}
			if (b == '\\') {
				ascii = false;
				i += 2;
			}
			else if (b < 0) {
				ascii = false;
				i++;
			}
			else {
				throw WireValues.DECLINED;
			}
		}
		this.start = from;
		this.end = i;
		this.plain = ascii;
		this.pos = i + 1;
	}

	/** Eight bytes from {@code i}, the first in the lowest bits. */
	static long word(byte[] bytes, int i) {
		return (long) WORDS.get(bytes, i);
	}

	/**
	 * Whether one of the eight bytes is a quote, a backslash, a control character or outside ASCII: a zero byte in
	 * {@code x ^ c} is found as {@code (y - 0x01..) & ~y & 0x80..}; a byte under 0x20 as {@code (x - 0x20..) & ~x}
	 * with its high bit; the high bits themselves are the bytes outside ASCII.
	 */
	private static boolean special(long x) {
		long quote = x ^ 0x2222222222222222L;
		long backslash = x ^ 0x5C5C5C5C5C5C5C5CL;
		long found = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | ((x - 0x2020202020202020L) & ~x)
				| x;
		return (found & HIGH_BITS) != 0;
	}

	/** The index of the quote that ends a name: names are plain ASCII, anything else is declined. */
	private int nameEnd(int from) {
		byte[] bytes = this.body;
		for (int i = from; i < bytes.length; i++) {
			int b = bytes[i];
			if (b == '"') {
				return i;
			}
			if (b == '\\' || b < 0x20) {
				throw WireValues.DECLINED;
			}
		}
		throw WireValues.DECLINED;
	}

	/**
	 * The next byte that is not JSON whitespace, unsigned (the scanner is left on it), or -1 at the end of the body.
	 */
	private int skipWhitespace() {
		byte[] bytes = this.body;
		int i = this.pos;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
				this.pos = i;
				return b;
			}
			i++;
		}
		this.pos = i;
		return -1;
	}

	/** Decodes the current text into {@link #chars}: escapes as JSON defines them, strict UTF-8 otherwise. */
	private void decode() {
		byte[] bytes = this.body;
		char[] out = this.chars;
		if (out.length < this.end - this.start) {
			out = new char[this.end - this.start];
			this.chars = out;
		}
		int n = 0;
		int i = this.start;
		while (i < this.end) {
			int b = bytes[i];
			if (b >= 0) {
				if (b != '\\') {
					out[n++] = (char) b;
					i++;
					continue;
				}
				i = unescape(bytes, i + 1, out, n);
				n++;
				continue;
			}
			int lead = b & 0xFF;
			if (lead >= 0xC2 && lead <= 0xDF) {
				out[n++] = (char) (((lead & 0x1F) << 6) | continuation(bytes, i + 1, 0x80, 0xBF));
				i += 2;
			}
			else if (lead >= 0xE0 && lead <= 0xEF) {
				int low = (lead == 0xE0) ? 0xA0 : 0x80;
				int high = (lead == 0xED) ? 0x9F : 0xBF;
				out[n++] = (char) (((lead & 0x0F) << 12) | (continuation(bytes, i + 1, low, high) << 6)
						| continuation(bytes, i + 2, 0x80, 0xBF));
				i += 3;
			}
			else if (lead >= 0xF0 && lead <= 0xF4) {
				int low = (lead == 0xF0) ? 0x90 : 0x80;
				int high = (lead == 0xF4) ? 0x8F : 0xBF;
				int codePoint = ((lead & 0x07) << 18) | (continuation(bytes, i + 1, low, high) << 12)
						| (continuation(bytes, i + 2, 0x80, 0xBF) << 6) | continuation(bytes, i + 3, 0x80, 0xBF);
				out[n++] = Character.highSurrogate(codePoint);
				out[n++] = Character.lowSurrogate(codePoint);
				i += 4;
			}
			else {
				throw WireValues.DECLINED;
			}
		}
		this.length = n;
	}

	/** The low 6 bits of a UTF-8 continuation byte at {@code i}, which must lie in {@code [low, high]}. */
	private int continuation(byte[] bytes, int i, int low, int high) {
		if (i >= this.end) {
			throw WireValues.DECLINED;
		}
		int b = bytes[i] & 0xFF;
		if (b < low || b > high) {
			throw WireValues.DECLINED;
		}
		return b & 0x3F;
	}

	/** Writes the character of the escape whose letter is at {@code i}; answers the index after the escape. */
	private int unescape(byte[] bytes, int i, char[] out, int n) {
		if (i >= this.end) {
			throw WireValues.DECLINED;
		}
		switch (bytes[i]) {
			case '"' -> out[n] = '"';
			case '\\' -> out[n] = '\\';
			case '/' -> out[n] = '/';
			case 'b' -> out[n] = '\b';
			case 'f' -> out[n] = '\f';
			case 'n' -> out[n] = '\n';
			case 'r' -> out[n] = '\r';
			case 't' -> out[n] = '\t';
			case 'u' -> {
				if (i + 4 >= this.end) {
					throw WireValues.DECLINED;
				}
				int value = 0;
				for (int k = i + 1; k <= i + 4; k++) {
					int digit = Character.digit(bytes[k], 16);
					if (digit < 0) {
						throw WireValues.DECLINED;
					}
					value = (value << 4) | digit;
				}
				out[n] = (char) value;
				return i + 5;
			}
			default -> throw WireValues.DECLINED;
		}
		return i + 1;
	}

	/**
	 * A row's field names as bytes, matched by trying a guess first (the scanner guesses the name after the last
	 * one, the API sending them in one order), then all of them. A wire name in {@code fields} matches its index;
	 * the {@code others} (names Jackson also binds, for the decoder to decline) match indexes from
	 * {@code fields.size()} on.
	 */
	static final class Names {

		private final byte[][] names;

		/** Each name's bytes as words of eight, as {@link WireScanner#word} reads them; the last word padded with 0. */
		private final long[][] words;

		Names(List<String> fields, List<String> others) {
			List<String> all = new ArrayList<>(fields);
			all.addAll(others);
			this.names = new byte[all.size()][];
			this.words = new long[all.size()][];
			for (int i = 0; i < all.size(); i++) {
				byte[] name = all.get(i).getBytes(StandardCharsets.US_ASCII);
				int wordCount = (name.length + Long.BYTES - 1) / Long.BYTES;
				byte[] padded = Arrays.copyOf(name, wordCount * Long.BYTES);
				this.names[i] = name;
				this.words[i] = new long[wordCount];
				for (int w = 0; w < wordCount; w++) {
					this.words[i][w] = word(padded, w * Long.BYTES);
				}
			}
		}

		/**
		 * The guessed name when the body has it, closing quote included, at {@code offset}; else
		 * {@link #UNKNOWN_NAME}, and the caller finds the name's end and calls {@link #match}.
		 */
		int matchAt(byte[] bytes, int offset, int guess) {
			if (guess < 0 || guess >= this.names.length) {
				return UNKNOWN_NAME;
			}
			int length = this.names[guess].length;
			int end = offset + length;
			if (end >= bytes.length || bytes[end] != '"') {
				return UNKNOWN_NAME;
			}
			long[] expected = this.words[guess];
			int whole = length / Long.BYTES;
			for (int w = 0; w < whole; w++) {
				if (word(bytes, offset + w * Long.BYTES) != expected[w]) {
					return UNKNOWN_NAME;
				}
			}
			int rest = length - whole * Long.BYTES;
			if (rest == 0) {
				return guess;
			}
			int last = offset + whole * Long.BYTES;
			// the quote after the name lies inside the body, so eight bytes from the last word's start may not:
			// read them when they do, else byte by byte
			long tail = (last + Long.BYTES <= bytes.length) ? word(bytes, last) & ((1L << (rest * 8)) - 1)
					: tailBytes(bytes, last, rest);
			return (tail == expected[whole]) ? guess : UNKNOWN_NAME;
		}

		private static long tailBytes(byte[] bytes, int from, int count) {
			long tail = 0;
			for (int k = count - 1; k >= 0; k--) {
				tail = (tail << 8) | (bytes[from + k] & 0xFF);
			}
			return tail;
		}

		/** The index of the name of {@code length} bytes at {@code offset}, or {@link #UNKNOWN_NAME}. */
		int match(byte[] bytes, int offset, int length) {
			for (int i = 0; i < this.names.length; i++) {
				byte[] name = this.names[i];
				if (name.length == length && Arrays.equals(name, 0, length, bytes, offset, offset + length)) {
					return i;
				}
			}
			return UNKNOWN_NAME;
		}

		int length(int field) {
			return this.names[field].length;
		}

	}

}
