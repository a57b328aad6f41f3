package dev.osuv1.sample.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Builds rows in the v1 wire format: every scalar a JSON string, booleans {@code "0"}/{@code "1"}, dates
 * {@code YYYY-MM-DD HH:MM:SS} in UTC, {@code null} kept as {@code null}; fields in the order the API sends them.
 */
final class Wire {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final Map<String, @Nullable Object> row = new LinkedHashMap<>();

	private Wire() {
	}

	static Wire row() {
		return new Wire();
	}

	/** Adds a field: numbers and texts as strings, booleans as 0/1, dates in the API's format. */
	Wire put(String name, @Nullable Object value) {
		this.row.put(name, scalar(value));
		return this;
	}

	/** Adds a field holding a list or an object, as is. */
	Wire putRaw(String name, Object value) {
		this.row.put(name, value);
		return this;
	}

	Map<String, @Nullable Object> build() {
		return this.row;
	}

	static String date(Instant instant) {
		return DATE_TIME.format(instant);
	}

	private static @Nullable String scalar(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean flag) {
			return flag ? "1" : "0";
		}
		if (value instanceof Instant instant) {
			return date(instant);
		}
		if (value instanceof Double number) {
			return decimal(number);
		}
		return value.toString();
	}

	/** Like PHP: the shortest text that reads back as the same double, without an exponent or a trailing ".0". */
	private static String decimal(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		return (decimal.scale() < 0) ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
	}

}
