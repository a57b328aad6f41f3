package dev.osuv1;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

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
		return JsonMapper.builder()
			.addModule(module)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
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
	private static final class UtcDateTime extends ValueDeserializer<Instant> {

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (Instant) context.handleUnexpectedToken(Instant.class, parser);
			}
			String text = parser.getString().trim();
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

	}

}
