package dev.osuv1.sample.output;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How values read in text output: grouped numbers, UTC dates, and {@code -} for a value the API did not send.
 */
final class Formats {

	static final String ABSENT = "-";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private Formats() {
	}

	static String number(@Nullable Number value) {
		return (value != null) ? String.format(Locale.ROOT, "%,d", value.longValue()) : ABSENT;
	}

	static String id(@Nullable Long value) {
		return (value != null) ? Long.toString(value) : ABSENT;
	}

	static String decimal(@Nullable Double value, int decimals) {
		return (value != null) ? String.format(Locale.ROOT, "%,." + decimals + "f", value) : ABSENT;
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
	}

	static String date(@Nullable Instant value) {
		return (value != null) ? DATE_TIME.format(value) : ABSENT;
	}

	static String duration(long seconds) {
		return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
	}

	static String yesNo(@Nullable Boolean value) {
		return (value != null) ? (value ? "yes" : "no") : ABSENT;
	}

}
