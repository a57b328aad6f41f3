package dev.osuv1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The client's own JSON mapper, set up for what v1 sends: numbers as strings, {@code "0"}/{@code "1"} booleans,
 * zone-less UTC dates, fields added over the years. An application's Jackson settings never reach it.
 */
final class WireJson {

	/** {@code 2013-06-22 09:11:16}; the hour may come unpadded, as in the wiki's own sample. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm:ss");

	private WireJson() {
	}

	static JsonMapper createMapper() {
		SimpleModule module = new SimpleModule("osu-v1-wire");
		module.addDeserializer(Boolean.class, new ZeroOneBoolean());
		module.addDeserializer(boolean.class, new ZeroOneBoolean());
		module.addDeserializer(Instant.class, new UtcDateTime());
		module.addDeserializer(Double.class, plainDouble());
		module.setDeserializerModifier(new WireIdDeserializers());
		return JsonMapper.builder()
			.addModule(module)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
	}

	@SuppressWarnings("unchecked")
	private static ValueDeserializer<Double> plainDouble() {
		// it delegates to Jackson's Double deserializer, whose declared type is Object
		return (ValueDeserializer<Double>) (ValueDeserializer<?>) new PlainDoubleDeserializer();
	}

	/** Reads {@code "0"}/{@code "1"} (and JSON booleans, and {@code "true"}/{@code "false"}). */
	private static final class ZeroOneBoolean extends ValueDeserializer<Boolean> {

		@Override
		public Boolean deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
				return token == JsonToken.VALUE_TRUE;
			}
			String text = (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT)
					? parser.getString().trim() : "";
			return switch (text) {
				case "1", "true" -> Boolean.TRUE;
				case "0", "false" -> Boolean.FALSE;
				default -> (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
			};
		}

	}

	/** Reads the API's zone-less UTC dates; ISO-8601 instants (as this project writes them) are read too. */
	static final class UtcDateTime extends ValueDeserializer<Instant> {

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (Instant) context.handleUnexpectedToken(Instant.class, parser);
			}
			String text = parser.getString().trim();
			Instant simple = parseSimple(text);
			if (simple != null) {
				return simple;
			}
			try {
				if (text.indexOf('T') > 0) {
					return Instant.parse(text);
				}
				return LocalDateTime.parse(text, DATE_TIME).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				return (Instant) context.handleWeirdStringValue(Instant.class, text,
						"not a date of the form 'yyyy-MM-dd HH:mm:ss'");
			}
		}

		/**
		 * Reads {@code yyyy-MM-dd HH:mm:ss} (hour padded or not) with valid fields, which is every date the API sends,
		 * without a {@code DateTimeFormatter}, which costs several times more. Anything else is {@code null}, and the
		 * formatter then reads it (its lenient cases such as a 30 February included) or rejects it, as before.
		 */
		static @Nullable Instant parseSimple(String text) {
			int length = text.length();
			if (length != 18 && length != 19) {
				return null;
			}
			int colon = length - 6;
			if (text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' ' || text.charAt(colon) != ':'
					|| text.charAt(colon + 3) != ':') {
				return null;
			}
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			int hour = digits(text, 11, colon);
			int minute = digits(text, colon + 1, colon + 3);
			int second = digits(text, colon + 4, length);
			return instant(year, month, day, hour, minute, second);
		}

		/**
		 * {@link #parseSimple(String)} over {@code length} characters from {@code offset}, such as a parser's text
		 * buffer, without making a {@code String}: the same date, or {@code null} for the same texts.
		 */
		static @Nullable Instant parseSimple(char[] chars, int offset, int length) {
			if (length != 18 && length != 19) {
				return null;
			}
			int colon = offset + length - 6;
			if (chars[offset + 4] != '-' || chars[offset + 7] != '-' || chars[offset + 10] != ' '
					|| chars[colon] != ':' || chars[colon + 3] != ':') {
				return null;
			}
			int year = digits(chars, offset, offset + 4);
			int month = digits(chars, offset + 5, offset + 7);
			int day = digits(chars, offset + 8, offset + 10);
			int hour = digits(chars, offset + 11, colon);
			int minute = digits(chars, colon + 1, colon + 3);
			int second = digits(chars, colon + 4, offset + length);
			return instant(year, month, day, hour, minute, second);
		}

		/** The instant of valid fields (-1 is a field that was not digits), else {@code null}. */
		private static @Nullable Instant instant(int year, int month, int day, int hour, int minute, int second) {
			if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
					|| second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
				return null;
			}
			long days = LocalDate.of(year, month, day).toEpochDay();
			return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second);
		}

		/** The value of the ASCII digits in {@code [start, end)}, or -1 when one is not a digit. */
		private static int digits(String text, int start, int end) {
			int value = 0;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if (c < '0' || c > '9') {
					return -1;
				}
				value = value * 10 + (c - '0');
			}
			return value;
		}

		/** The value of the ASCII digits in {@code chars[start, end)}, or -1 when one is not a digit. */
		private static int digits(char[] chars, int start, int end) {
			int value = 0;
			for (int i = start; i < end; i++) {
				char c = chars[i];
				if (c < '0' || c > '9') {
					return -1;
				}
				value = value * 10 + (c - '0');
			}
			return value;
		}

	}

}
