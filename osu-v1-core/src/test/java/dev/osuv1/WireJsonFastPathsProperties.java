package dev.osuv1;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import dev.osuv1.model.Genre;
import dev.osuv1.model.RankStatus;
import dev.osuv1.model.Team;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapper's fast paths (dates without a formatter, id enums without reflection, plain decimal {@code Double}s
 * without Jackson's regular expression) read every input exactly as the slow paths they skip: the same value, or a
 * failure of the same type.
 */
class WireJsonFastPathsProperties {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm:ss");

	private static final JsonMapper WIRE = WireJson.createMapper();

	/** Jackson's own reading of the same types, with the wire mapper's features and no fast path. */
	private static final JsonMapper REFERENCE = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	@Property(tries = 5000)
	void simpleDatesReadAsTheFormatterReadsThem(@ForAll("dates") String text) {
		Instant simple = WireJson.UtcDateTime.parseSimple(text);
		Instant formatted;
		try {
			formatted = LocalDateTime.parse(text, DATE_TIME).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			assertThat(simple).as(text).isNull();
			return;
		}
		if (simple != null) {
			assertThat(simple).as(text).isEqualTo(formatted);
		}
	}

	@Property(tries = 5000)
	void simpleDatesReadFromCharactersAsFromTexts(@ForAll("dates") String text) {
		char[] chars = ("  " + text + "x").toCharArray();
		assertThat(WireJson.UtcDateTime.parseSimple(chars, 2, text.length())).as(text)
			.isEqualTo(WireJson.UtcDateTime.parseSimple(text));
	}

	@Example
	void everyRealDateTakesTheFastPath() {
		assertThat(WireJson.UtcDateTime.parseSimple("2026-07-01 07:22:36"))
			.isEqualTo(Instant.parse("2026-07-01T07:22:36Z"));
		assertThat(WireJson.UtcDateTime.parseSimple("2013-06-22 9:11:16")).isEqualTo(Instant.parse("2013-06-22T09:11:16Z"));
		assertThat(WireJson.UtcDateTime.parseSimple("2024-02-29 23:59:59")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
		// the formatter's lenient cases are left to it
		assertThat(WireJson.UtcDateTime.parseSimple("2023-02-29 00:00:00")).isNull();
		assertThat(WireJson.UtcDateTime.parseSimple("2023-01-01 24:00:00")).isNull();
	}

	@Property(tries = 3000)
	void idEnumsReadAsJacksonReadsThem(@ForAll("values") String json) {
		assertSameOutcome(json, RankStatus.class);
		assertSameOutcome(json, Genre.class);
		assertSameOutcome(json, Team.class);
		assertSameOutcome("{\"status\":" + json + "}", Holder.class);
	}

	@Property(tries = 3000)
	void doublesReadAsJacksonReadsThem(@ForAll("values") String json) {
		assertSameOutcome(json, Double.class);
		assertSameOutcome("{\"value\":" + json + "}", Holder.class);
	}

	@Example
	void plainDecimalsAreRecognised() {
		assertThat(PlainDoubleDeserializer.isPlainDecimal("96.79685974121094")).isTrue();
		assertThat(PlainDoubleDeserializer.isPlainDecimal("-0")).isTrue();
		assertThat(PlainDoubleDeserializer.isPlainDecimal("1.")).isFalse();
		assertThat(PlainDoubleDeserializer.isPlainDecimal(".5")).isFalse();
		assertThat(PlainDoubleDeserializer.isPlainDecimal("1e5")).isFalse();
		assertThat(PlainDoubleDeserializer.isPlainDecimal("0x1p3")).isFalse();
		assertThat(PlainDoubleDeserializer.isPlainDecimal("1.5d")).isFalse();
		assertThat(WireIdDeserializers.plainInt("-12")).isEqualTo(-12);
		assertThat(WireIdDeserializers.plainInt("1234567890")).isNull();
	}

	@Provide
	Arbitrary<String> dates() {
		Arbitrary<Integer> year = Arbitraries.integers().between(0, 9999);
		Arbitrary<Integer> month = Arbitraries.integers().between(0, 13);
		Arbitrary<Integer> day = Arbitraries.integers().between(0, 32);
		Arbitrary<Integer> hour = Arbitraries.integers().between(0, 25);
		Arbitrary<Integer> minute = Arbitraries.integers().between(0, 60);
		Arbitrary<Integer> second = Arbitraries.integers().between(0, 60);
		Arbitrary<Boolean> padded = Arbitraries.of(true, false);
		Arbitrary<String> formatted = Combinators.combine(year, month, day, hour, minute, second, padded)
			.as((y, mo, d, h, mi, s, pad) -> String.format("%04d-%02d-%02d %" + (pad ? "02" : "") + "d:%02d:%02d", y, mo,
					d, h, mi, s));
		Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-: T.x").ofMinLength(16).ofMaxLength(21);
		return Arbitraries.oneOf(formatted, formatted, noise);
	}

	@Provide
	Arbitrary<String> values() {
		Arbitrary<String> text = Arbitraries.strings().withChars("0123456789-+.eE xNaIfinty").ofMaxLength(14)
			.map((value) -> "\"" + value + "\"");
		Arbitrary<String> number = Arbitraries.strings().withChars("0123456789-.e").ofMinLength(1).ofMaxLength(12);
		Arbitrary<String> plain = Arbitraries.integers().between(-5, 20).map((value) -> "\"" + value + "\"");
		Arbitrary<String> other = Arbitraries.of("null", "true", "{}", "[]", "[\"3\"]", "\"\"", "\" 3\"",
				"\"99999999999\"", "\"2147483648\"", "2147483648", "3.0", "\"3.0\"", "\"NaN\"", "\"Infinity\"",
				"\"1e999\"", "\"0x10\"", "\"1.5d\"");
		return Arbitraries.oneOf(text, number, plain, other);
	}

	private static void assertSameOutcome(String json, Class<?> type) {
		assertThat(outcome(WIRE, json, type)).as(json + " as " + type.getSimpleName())
			.isEqualTo(outcome(REFERENCE, json, type));
	}

	private static String outcome(JsonMapper mapper, String json, Class<?> type) {
		try {
			return "value " + Objects.toString(mapper.readValue(json, type));
		}
		catch (RuntimeException ex) {
			return "failure " + ex.getClass().getName();
		}
	}

	/** Exercises the same deserializers as a record component, where nulls and absent values are handled. */
	record Holder(@Nullable Double value, @Nullable RankStatus status) {
	}

}
