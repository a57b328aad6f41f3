package dev.osuv1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.osuv1.model.Mods;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads a {@link WireScanner}'s current value the way the client's mapper binds it, for the hand-written row
 * decoders, but only in the plain shapes the API really sends: numbers, ids, dates and {@code "0"}/{@code "1"} as
 * JSON texts without spaces, signs other than a leading {@code -}, leading zeros or exponents. On anything else it
 * throws {@link #DECLINED}, and the whole body then goes to Jackson, which reads, or rejects, it exactly as before.
 * Numbers are read from the scanner's characters, without a {@code String}. The row decoders' field names
 * ({@link #names}) and the fields seen ({@link #seen}) are here too.
 */
final class WireValues {

	/** Thrown, without a stack trace, when a value is not in a shape read here; never escapes a row decoder. */
	static final Declined DECLINED = new Declined();

	/** What {@link #id} returns for a JSON {@code null}: no plain id of at most 9 digits has this value. */
	private static final int NULL_ID = Integer.MIN_VALUE;

	/** At most this many digits always fit an {@code int}, as in {@link WireIdDeserializers}. */
	private static final int INT_DIGITS = 9;

	/** At most this many digits always fit a {@code long}. */
	private static final int LONG_DIGITS = 18;

	/** Longer decimals are left to Jackson, as {@link PlainDoubleDeserializer} does. */
	private static final int MAX_DECIMAL_LENGTH = 64;

	/** Up to this many significant digits, a decimal's digits make an integer that a double holds exactly. */
	private static final int EXACT_DIGITS = 15;

	/** The powers of ten that a double holds exactly. */
	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
			1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	private WireValues() {
	}

	/**
	 * A row's field names: a wire name in {@code fields} matches its index; the other names Jackson binds to the
	 * record (its components' Java names, such as {@code beatmapId}, and other aliases) match indexes from
	 * {@code fields.size()} on, for the decoder to decline; any other name is {@link WireScanner#UNKNOWN_NAME}.
	 */
	static WireScanner.Names names(List<String> fields, Class<? extends Record> type) {
		Set<String> others = new HashSet<>();
		for (var component : type.getRecordComponents()) {
			others.add(component.getName());
			JsonAlias alias = component.getAnnotation(JsonAlias.class);
			if (alias != null) {
				others.addAll(List.of(alias.value()));
			}
		}
		others.removeAll(fields);
		return new WireScanner.Names(fields, List.copyOf(others));
	}

	/** The names of an object that binds to no record: a name in {@code fields} matches its index. */
	static WireScanner.Names names(List<String> fields) {
		return new WireScanner.Names(fields, List.of());
	}

	/**
	 * Marks field {@code field} of {@code fields} as seen, a field being a bit; a field seen twice is declined
	 * (Jackson's handling of duplicates is its own). Indexes outside the fields leave {@code seen} as it is.
	 */
	static long seen(long seen, int field, List<String> fields) {
		if (field < 0 || field >= fields.size()) {
			return seen;
		}
		long bit = 1L << field;
		if ((seen & bit) != 0) {
			throw DECLINED;
		}
		return seen | bit;
	}

	/** The bits of these names among the fields, for {@link #seen}. */
	static long mask(List<String> fields, String... names) {
		if (fields.size() > Long.SIZE) {
			throw new IllegalStateException("more than 64 fields");
		}
		long mask = 0;
		for (String name : names) {
			int field = fields.indexOf(name);
			if (field < 0) {
				throw new IllegalStateException("no field " + name);
			}
			mask |= 1L << field;
		}
		return mask;
	}

	/** A text field: the text, or {@code null} for a JSON {@code null}. */
	static @Nullable String text(WireScanner value) {
		JsonToken token = value.token();
		if (token == JsonToken.VALUE_STRING) {
			return value.text();
		}
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		throw DECLINED;
	}

	/** A {@code long} sent as {@code -?(0|[1-9][0-9]{0,17})}. */
	static long longValue(WireScanner value) {
		return integer(stringChars(value), 0, value.length(), LONG_DIGITS);
	}

	/** An {@code int} sent as {@code -?(0|[1-9][0-9]{0,8})}. */
	static int intValue(WireScanner value) {
		return (int) integer(stringChars(value), 0, value.length(), INT_DIGITS);
	}

	/** A nullable {@code Long}: as {@link #longValue}, or {@code null} for a JSON {@code null}. */
	static @Nullable Long nullableLong(WireScanner value) {
		return (value.token() == JsonToken.VALUE_NULL) ? null : longValue(value);
	}

	/** A nullable {@code Integer}: as {@link #intValue}, or {@code null} for a JSON {@code null}. */
	static @Nullable Integer nullableInt(WireScanner value) {
		return (value.token() == JsonToken.VALUE_NULL) ? null : intValue(value);
	}

	/**
	 * An enum id as {@link WireIdDeserializers} reads it ({@code -?[0-9]{1,9}}, leading zeros allowed), or
	 * {@link #NULL_ID} for a JSON {@code null}, which binds to a {@code null} enum.
	 */
	private static int id(WireScanner value) {
		if (value.token() == JsonToken.VALUE_NULL) {
			return NULL_ID;
		}
		return (int) signedDigits(stringChars(value), 0, value.length(), INT_DIGITS, true);
	}

	/**
	 * An enum sent as its id, through its {@code fromId} as {@link WireIdDeserializers} reads it, or {@code null} for
	 * a JSON {@code null}.
	 */
	static <E extends Enum<E>> @Nullable E byId(WireScanner value, IntFunction<E> fromId) {
		int id = id(value);
		return (id != NULL_ID) ? fromId.apply(id) : null;
	}

	/** Mods sent as their bitmask, as {@link Mods#of(long)} reads it; a negative one, which it refuses, is declined. */
	static Mods mods(WireScanner value) {
		long bits = longValue(value);
		if (bits < 0) {
			throw DECLINED;
		}
		return Mods.of(bits);
	}

	/** Nullable {@link Mods}: as {@link #mods}, or {@code null} for a JSON {@code null}. */
	static @Nullable Mods nullableMods(WireScanner value) {
		return (value.token() == JsonToken.VALUE_NULL) ? null : mods(value);
	}

	/** A {@code boolean} sent as {@code "0"} or {@code "1"}. */
	static boolean zeroOne(WireScanner value) {
		char[] chars = stringChars(value);
		if (value.length() == 1 && (chars[0] == '0' || chars[0] == '1')) {
			return chars[0] == '1';
		}
		throw DECLINED;
	}

	/** A nullable {@code Boolean}: as {@link #zeroOne}, or {@code null} for a JSON {@code null}. */
	static @Nullable Boolean nullableZeroOne(WireScanner value) {
		return (value.token() == JsonToken.VALUE_NULL) ? null : zeroOne(value);
	}

	/** A {@code double} sent as a plain decimal, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}. */
	static double doubleValue(WireScanner value) {
		return decimal(stringChars(value), 0, value.length());
	}

	/** A nullable {@code Double}: as {@link #doubleValue}, or {@code null} for a JSON {@code null}. */
	static @Nullable Double nullableDouble(WireScanner value) {
		return (value.token() == JsonToken.VALUE_NULL) ? null : doubleValue(value);
	}

	/**
	 * A date as {@link WireJson.UtcDateTime#parseSimple} reads it, or {@code null} for a JSON {@code null}; other
	 * forms (which the formatter may still read) are declined.
	 */
	static @Nullable Instant instant(WireScanner value) {
		if (value.token() == JsonToken.VALUE_NULL) {
			return null;
		}
		Instant instant = WireJson.UtcDateTime.parseSimple(stringChars(value), 0, value.length());
		if (instant == null) {
			throw DECLINED;
		}
		return instant;
	}

	/**
	 * A comma-separated list, as {@code dev.osuv1.model.PacksDeserializer} reads a text (with the same splitting,
	 * blank test and trimming); a JSON {@code null} is empty. A JSON array is declined.
	 */
	static List<String> commaList(WireScanner value) {
		JsonToken token = value.token();
		if (token == JsonToken.VALUE_NULL) {
			return List.of();
		}
		if (token != JsonToken.VALUE_STRING) {
			throw DECLINED;
		}
		List<String> items = new ArrayList<>();
		for (String item : value.text().split(",")) {
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return items;
	}

	/** The current value's characters (from index 0 up to its length), which must be a JSON text. */
	private static char[] stringChars(WireScanner value) {
		if (value.token() != JsonToken.VALUE_STRING) {
			throw DECLINED;
		}
		return value.chars();
	}

	/** Parses {@code -?(0|[1-9][0-9]*)} of at most {@code maxDigits} digits. */
	static long integer(char[] chars, int offset, int length, int maxDigits) {
		return signedDigits(chars, offset, length, maxDigits, false);
	}

	/**
	 * Parses {@code -?[0-9]+} of at most {@code maxDigits} digits, with leading zeros only where
	 * {@code leadingZeros} allows them; anything else is declined.
	 */
	private static long signedDigits(char[] chars, int offset, int length, int maxDigits, boolean leadingZeros) {
		int end = offset + length;
		int start = (length > 0 && chars[offset] == '-') ? offset + 1 : offset;
		int digits = end - start;
		if (digits == 0 || digits > maxDigits || (!leadingZeros && chars[start] == '0' && digits > 1)) {
			throw DECLINED;
		}
		long value = 0;
		for (int i = start; i < end; i++) {
			int digit = chars[i] - '0';
			if (digit < 0 || digit > 9) {
				throw DECLINED;
			}
			value = value * 10 + digit;
		}
		return (start > offset) ? -value : value;
	}

	/**
	 * Parses {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?} to the double {@link Double#parseDouble(String)} gives. With at most
	 * 15 significant digits and 22 decimals, the digits as an integer and the power of ten are both exact doubles,
	 * so one division rounds correctly (Clinger's fast path); anything longer goes to {@code Double.parseDouble}.
	 */
	static double decimal(char[] chars, int offset, int length) {
		int end = offset + length;
		boolean negative = length > 0 && chars[offset] == '-';
		int i = negative ? offset + 1 : offset;
		if (length > MAX_DECIMAL_LENGTH || i == end || (chars[i] == '0' && i + 1 < end && chars[i + 1] != '.')) {
			throw DECLINED;
		}
		long mantissa = 0;
		int significant = 0;
		int decimals = 0;
		boolean point = false;
		for (; i < end; i++) {
			char c = chars[i];
			if (c >= '0' && c <= '9') {
				if (significant > 0 || c != '0') {
					significant++;
				}
				if (significant <= EXACT_DIGITS) {
					mantissa = mantissa * 10 + (c - '0');
				}
				if (point) {
					decimals++;
				}
			}
			else if (c == '.' && !point && i + 1 < end && i > offset + (negative ? 1 : 0)) {
				point = true;
			}
			else {
				throw DECLINED;
			}
		}
		if (significant > EXACT_DIGITS || decimals >= POWERS_OF_TEN.length) {
			return Double.parseDouble(new String(chars, offset, length));
		}
		double value = mantissa / POWERS_OF_TEN[decimals];
		return negative ? -value : value;
	}

	/**
	 * Reads one object, the scanner being just inside it, up to its end; throws {@link #DECLINED} for what it does
	 * not read.
	 *
	 * @param <T> the object's type
	 */
	@FunctionalInterface
	interface Row<T> {

		T read(WireScanner scanner);

	}

	/** See {@link #DECLINED}. */
	static final class Declined extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private Declined() {
			super("the value is not in a shape the row decoder reads", null, false, false);
		}

	}

}
