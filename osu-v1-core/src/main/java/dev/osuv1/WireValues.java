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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the parser's current value the way the client's mapper binds it, for the hand-written row decoders, but only
 * in the plain shapes the API really sends: numbers, ids, dates and {@code "0"}/{@code "1"} as JSON texts without
 * spaces, signs other than a leading {@code -}, leading zeros or exponents. On anything else it throws
 * {@link #DECLINED}, and the whole body then goes to Jackson, which reads, or rejects, it exactly as before. Numbers
 * are read from the parser's character buffer, without a {@code String}. The row decoders' common parts are here
 * too: the whole body ({@link #rows}, {@link #object}), arrays of objects ({@link #objects}), the field names
 * ({@link #names}) and the fields seen ({@link #seen}).
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
	 * Reads a whole body that must be a JSON array of objects, each read by {@code row}, and nothing after it.
	 * @return the rows, or {@code null} when the body or a row is declined, or is not valid JSON
	 */
	static <T> @Nullable List<T> rows(JsonMapper mapper, byte[] body, Row<T> row) {
		return whole(mapper, body, JsonToken.START_ARRAY, (parser) -> objects(parser, row));
	}

	/**
	 * Reads a whole body that must be one JSON object, read by {@code object}, and nothing after it.
	 * @return the value, or {@code null} when the body or a part of it is declined, or is not valid JSON
	 */
	static <T> @Nullable T object(JsonMapper mapper, byte[] body, Row<T> object) {
		return whole(mapper, body, JsonToken.START_OBJECT, object);
	}

	/** Reads a whole body that starts with {@code start}, with {@code value} from there on, and nothing after it. */
	private static <T> @Nullable T whole(JsonMapper mapper, byte[] body, JsonToken start, Row<T> value) {
		try (JsonParser parser = mapper.createParser(body)) {
			if (parser.nextToken() != start) {
				return null;
			}
			T read = value.read(parser);
			return (parser.nextToken() == null) ? read : null;
		}
		catch (Declined | JacksonException ex) {
			return null;
		}
	}

	/**
	 * Reads an array of objects, each read by {@code row}, the parser being on its {@code START_ARRAY}; any other
	 * element (a {@code null} included, which Jackson binds to a null element) is declined.
	 */
	static <T> List<T> objects(JsonParser parser, Row<T> row) {
		List<T> rows = new ArrayList<>();
		JsonToken token = parser.nextToken();
		while (token == JsonToken.START_OBJECT) {
			rows.add(row.read(parser));
			token = parser.nextToken();
		}
		if (token != JsonToken.END_ARRAY) {
			throw DECLINED;
		}
		return rows;
	}

	/**
	 * An array of objects as {@link #objects} reads it, or {@code null} for a JSON {@code null}, which the records read
	 * as empty; any other value is declined.
	 */
	static <T> @Nullable List<T> nullableObjects(JsonParser parser, Row<T> row) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token != JsonToken.START_ARRAY) {
			throw DECLINED;
		}
		return objects(parser, row);
	}

	/**
	 * A matcher of a row's field names, from the parser's bytes (no {@code String} per name, no symbol table): a wire
	 * name in {@code fields} matches its index; the other names Jackson binds to the record (its components' Java
	 * names, such as {@code beatmapId}, and other aliases) match indexes from {@code fields.size()} on, for the
	 * decoder to decline; any other name is {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME}.
	 */
	static PropertyNameMatcher names(JsonMapper mapper, List<String> fields, Class<? extends Record> type) {
		Set<String> others = new HashSet<>();
		for (var component : type.getRecordComponents()) {
			others.add(component.getName());
			JsonAlias alias = component.getAnnotation(JsonAlias.class);
			if (alias != null) {
				others.addAll(List.of(alias.value()));
			}
		}
		others.removeAll(fields);
		List<Named> names = new ArrayList<>();
		fields.forEach((name) -> names.add(Named.fromString(name)));
		others.forEach((name) -> names.add(Named.fromString(name)));
		return mapper.tokenStreamFactory().constructNameMatcher(names, false);
	}

	/** A matcher of an object's names that binds to no record: a name in {@code fields} matches its index. */
	static PropertyNameMatcher names(JsonMapper mapper, List<String> fields) {
		return mapper.tokenStreamFactory().constructNameMatcher(fields.stream().map(Named::fromString).toList(), false);
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
	static @Nullable String text(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		throw DECLINED;
	}

	/** A {@code long} sent as {@code -?(0|[1-9][0-9]{0,17})}. */
	static long longValue(JsonParser parser) {
		requireString(parser);
		return integer(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength(), LONG_DIGITS);
	}

	/** An {@code int} sent as {@code -?(0|[1-9][0-9]{0,8})}. */
	static int intValue(JsonParser parser) {
		requireString(parser);
		return (int) integer(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength(),
				INT_DIGITS);
	}

	/** A nullable {@code Long}: as {@link #longValue}, or {@code null} for a JSON {@code null}. */
	static @Nullable Long nullableLong(JsonParser parser) {
		return (parser.currentToken() == JsonToken.VALUE_NULL) ? null : longValue(parser);
	}

	/** A nullable {@code Integer}: as {@link #intValue}, or {@code null} for a JSON {@code null}. */
	static @Nullable Integer nullableInt(JsonParser parser) {
		return (parser.currentToken() == JsonToken.VALUE_NULL) ? null : intValue(parser);
	}

	/**
	 * An enum id as {@link WireIdDeserializers} reads it ({@code -?[0-9]{1,9}}, leading zeros allowed), or
	 * {@link #NULL_ID} for a JSON {@code null}, which binds to a {@code null} enum.
	 */
	private static int id(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return NULL_ID;
		}
		if (token != JsonToken.VALUE_STRING) {
			throw DECLINED;
		}
		return (int) signedDigits(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength(),
				INT_DIGITS, true);
	}

	/**
	 * An enum sent as its id, through its {@code fromId} as {@link WireIdDeserializers} reads it, or {@code null} for
	 * a JSON {@code null}.
	 */
	static <E extends Enum<E>> @Nullable E byId(JsonParser parser, IntFunction<E> fromId) {
		int id = id(parser);
		return (id != NULL_ID) ? fromId.apply(id) : null;
	}

	/** Mods sent as their bitmask, as {@link Mods#of(long)} reads it; a negative one, which it refuses, is declined. */
	static Mods mods(JsonParser parser) {
		long bits = longValue(parser);
		if (bits < 0) {
			throw DECLINED;
		}
		return Mods.of(bits);
	}

	/** Nullable {@link Mods}: as {@link #mods}, or {@code null} for a JSON {@code null}. */
	static @Nullable Mods nullableMods(JsonParser parser) {
		return (parser.currentToken() == JsonToken.VALUE_NULL) ? null : mods(parser);
	}

	/** A {@code boolean} sent as {@code "0"} or {@code "1"}. */
	static boolean zeroOne(JsonParser parser) {
		requireString(parser);
		if (parser.getStringLength() == 1) {
			char c = parser.getStringCharacters()[parser.getStringOffset()];
			if (c == '0' || c == '1') {
				return c == '1';
			}
		}
		throw DECLINED;
	}

	/** A nullable {@code Boolean}: as {@link #zeroOne}, or {@code null} for a JSON {@code null}. */
	static @Nullable Boolean nullableZeroOne(JsonParser parser) {
		return (parser.currentToken() == JsonToken.VALUE_NULL) ? null : zeroOne(parser);
	}

	/** A {@code double} sent as a plain decimal, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}. */
	static double doubleValue(JsonParser parser) {
		requireString(parser);
		return decimal(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
	}

	/** A nullable {@code Double}: as {@link #doubleValue}, or {@code null} for a JSON {@code null}. */
	static @Nullable Double nullableDouble(JsonParser parser) {
		return (parser.currentToken() == JsonToken.VALUE_NULL) ? null : doubleValue(parser);
	}

	/**
	 * A date as {@link WireJson.UtcDateTime#parseSimple} reads it, or {@code null} for a JSON {@code null}; other
	 * forms (which the formatter may still read) are declined.
	 */
	static @Nullable Instant instant(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token != JsonToken.VALUE_STRING) {
			throw DECLINED;
		}
		Instant instant = WireJson.UtcDateTime.parseSimple(parser.getStringCharacters(), parser.getStringOffset(),
				parser.getStringLength());
		if (instant == null) {
			throw DECLINED;
		}
		return instant;
	}

	/**
	 * A comma-separated list, as {@code dev.osuv1.model.PacksDeserializer} reads a text (with the same splitting,
	 * blank test and trimming); a JSON {@code null} is empty. A JSON array is declined.
	 */
	static List<String> commaList(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return List.of();
		}
		if (token != JsonToken.VALUE_STRING) {
			throw DECLINED;
		}
		List<String> items = new ArrayList<>();
		for (String item : parser.getString().split(",")) {
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return items;
	}

	private static void requireString(JsonParser parser) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			throw DECLINED;
		}
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
	 * Reads one row, the parser being on its {@code START_OBJECT}, up to its {@code END_OBJECT} (or one value, from
	 * its first token to its last); throws {@link #DECLINED} for what it does not read.
	 *
	 * @param <T> the row type
	 */
	@FunctionalInterface
	interface Row<T> {

		T read(JsonParser parser);

	}

	/** See {@link #DECLINED}. */
	static final class Declined extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private Declined() {
			super("the value is not in a shape the row decoder reads", null, false, false);
		}

	}

}
