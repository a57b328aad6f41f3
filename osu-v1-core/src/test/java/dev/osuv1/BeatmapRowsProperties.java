package dev.osuv1;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.osuv1.model.Beatmap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static dev.osuv1.RowBodies.ODD;
import static dev.osuv1.RowBodies.date;
import static dev.osuv1.RowBodies.field;
import static dev.osuv1.RowBodies.finish;
import static dev.osuv1.RowBodies.outcome;
import static dev.osuv1.RowBodies.plainDecimal;
import static dev.osuv1.RowBodies.quoted;
import static dev.osuv1.RowBodies.response;
import static dev.osuv1.RowBodies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written get_beatmaps decoder against the Jackson binding it stands in for, on generated bodies of the
 * API's shape with odd values mixed in: whatever it reads, it reads exactly as the binding does (records compare
 * doubles bit for bit), and through {@link ResponseDecoder} every body ends as before, in the same rows or the same
 * typed error with the same message.
 */
class BeatmapRowsProperties {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	private static final ObjectReader READER = MAPPER.readerForListOf(Beatmap.class);

	private static final ResponseDecoder DECODER = new ResponseDecoder(MAPPER);

	private static final BeatmapRows ROWS = new BeatmapRows();

	private static final String[] LONGS = { "beatmapset_id", "beatmap_id", "creator_id", "playcount", "passcount" };

	private static final String[] INTS = { "total_length", "hit_length", "count_normal", "count_slider",
			"count_spinner", "favourite_count" };

	private static final String[] DOUBLES = { "diff_size", "diff_overall", "diff_approach", "diff_drain", "bpm",
			"rating", "difficultyrating" };

	private static final String[] TEXTS = { "version", "file_md5", "artist", "artist_unicode", "title",
			"title_unicode", "creator", "source", "tags" };

	private static final String[] DATES = { "submit_date", "approved_date", "last_update" };

	private static final String[] IDS = { "approved", "mode", "genre_id", "language_id" };

	private static final String[] BOOLEANS = { "storyboard", "video", "download_unavailable", "audio_unavailable" };

	@Property(tries = 3000)
	void readsWhatTheBindingReadsAndDeclinesTheRest(@ForAll("bodies") String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		Object expected = outcome(() -> DECODER.list(Endpoint.GET_BEATMAPS, response(body), READER));
		List<Beatmap> fast = ROWS.read(body);
		Statistics.label("fast path").collect((fast != null) ? "read" : "declined");
		if (fast != null) {
			assertThat(fast).as(json).isEqualTo(expected);
		}
		Object actual = outcome(() -> DECODER.list(Endpoint.GET_BEATMAPS, response(body), READER, ROWS));
		assertThat(actual).as(json).isEqualTo(expected);
	}

	@Property(tries = 500)
	void readsEveryRowOfTheApisShape(@ForAll("plainBodies") String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		List<Beatmap> fast = ROWS.read(body);
		assertThat(fast).as(json).isNotNull().isEqualTo(READER.<List<Beatmap>>readValue(body));
	}

	@Property(tries = 20000)
	void decimalsReadAsParseDoubleReadsThem(@ForAll("decimals") String text) {
		char[] chars = ("xx" + text + "yy").toCharArray();
		double expected = Double.parseDouble(text);
		double actual = WireValues.decimal(chars, 2, text.length());
		assertThat(Double.doubleToRawLongBits(actual)).as(text).isEqualTo(Double.doubleToRawLongBits(expected));
	}

	@Property(tries = 5000)
	void integersReadAsParseLongReadsThem(@ForAll("integers") String text) {
		char[] chars = ("x" + text + "y").toCharArray();
		assertThat(WireValues.integer(chars, 1, text.length(), 18)).as(text).isEqualTo(Long.parseLong(text));
	}

	@Example
	void declinesWhatIsNotAPlainNumber() {
		for (String text : List.of("", "-", "+1", "01", "-01", "1.", ".1", "1e3", " 1", "1 ", "1.2.3", "--1", "0x1",
				"00.5", "NaN", "Infinity", "1_000", "\u0661")) {
			char[] chars = text.toCharArray();
			assertThatThrownBy(() -> WireValues.decimal(chars, 0, chars.length)).as(text)
				.isSameAs(WireValues.DECLINED);
			if (!text.contains(".")) {
				assertThatThrownBy(() -> WireValues.integer(chars, 0, chars.length, 18)).as(text)
					.isSameAs(WireValues.DECLINED);
			}
		}
		char[] tooLong = "1234567890123456789".toCharArray();
		assertThatThrownBy(() -> WireValues.integer(tooLong, 0, tooLong.length, 18)).isSameAs(WireValues.DECLINED);
	}

	@Example
	void declinesANullRowWhichTheDecoderStillRefuses() {
		byte[] body = ("[" + row(new Random(1), false) + ",null]").getBytes(StandardCharsets.UTF_8);
		assertThat(ROWS.read(body)).isNull();
		assertThatThrownBy(() -> DECODER.list(Endpoint.GET_BEATMAPS, response(body), READER, ROWS))
			.isInstanceOf(DecodingException.class)
			.hasMessage("get_beatmaps: row 1 of the response is null");
	}

	@Example
	void readsAnEmptyArrayAsTheBindingDoes() {
		byte[] body = " [ ] ".getBytes(StandardCharsets.UTF_8);
		assertThat(ROWS.read(body)).isEqualTo(READER.readValue(body)).isEmpty();
	}

	@Provide
	Arbitrary<String> bodies() {
		return Arbitraries.randoms().map((random) -> RowBodies.body(random, (rows) -> row(rows, true)));
	}

	@Provide
	Arbitrary<String> plainBodies() {
		return Arbitraries.randoms().map((random) -> {
			List<String> rows = new ArrayList<>();
			for (int i = random.nextInt(4); i >= 0; i--) {
				rows.add(row(random, false));
			}
			return "[" + String.join(",", rows) + "]";
		});
	}

	@Provide
	Arbitrary<String> decimals() {
		return Arbitraries.randoms().map((random) -> {
			String sign = (random.nextInt(6) == 0) ? "-" : "";
			switch (random.nextInt(4)) {
				case 0:
					return plainDecimal(random);
				case 1: {
					// a double's shortest text, when it has no exponent
					double value = Math.abs(Double.longBitsToDouble(random.nextLong()));
					String text = Double.toString(value);
					return (Double.isFinite(value) && text.indexOf('E') < 0) ? sign + text : plainDecimal(random);
				}
				case 2: {
					// near the exact midpoint between two neighbouring doubles, the hardest case to round
					double value = random.nextDouble() * Math.pow(10, random.nextInt(12));
					BigDecimal low = new BigDecimal(value);
					BigDecimal high = new BigDecimal(Math.nextUp(value));
					String midpoint = low.add(high).divide(BigDecimal.valueOf(2)).toPlainString();
					return sign + truncated(midpoint, 17 + random.nextInt(30));
				}
				default:
					// a short decimal cut from a double, mostly in Clinger's range
					return sign + truncated(new BigDecimal(random.nextDouble() * Math.pow(10, random.nextInt(8)))
						.toPlainString(), 1 + random.nextInt(22));
			}
		});
	}

	@Provide
	Arbitrary<String> integers() {
		return Arbitraries.randoms().map((random) -> {
			long value = random.nextLong() % pow10(1 + random.nextInt(18));
			return Long.toString(value);
		});
	}

	/** A row of all 42 fields in the API's forms; with {@code odd}, changed in up to three places. */
	private static String row(Random random, boolean odd) {
		List<String[]> fields = new ArrayList<>();
		for (String name : LONGS) {
			fields.add(field(name, quoted(Long.toString(random.nextLong() % pow10(1 + random.nextInt(18))))));
		}
		for (String name : INTS) {
			int value = random.nextInt(1_000_000_000) / (int) pow10(random.nextInt(9));
			fields.add(field(name, quoted(Integer.toString((random.nextInt(10) == 0) ? -value : value))));
		}
		for (String name : DOUBLES) {
			fields.add(field(name, quoted(plainDecimal(random))));
		}
		for (String name : TEXTS) {
			fields.add(field(name, (random.nextInt(10) == 0) ? "null" : text(random)));
		}
		for (String name : DATES) {
			boolean nullable = !name.equals("last_update");
			fields.add(field(name, (nullable && random.nextInt(3) == 0) ? "null" : quoted(date(random))));
		}
		for (String name : IDS) {
			fields.add(field(name, (random.nextInt(10) == 0) ? "null" : quoted(Integer.toString(random.nextInt(18) - 3))));
		}
		for (String name : BOOLEANS) {
			fields.add(field(name, quoted(random.nextBoolean() ? "1" : "0")));
		}
		fields.add(field("packs", random.nextBoolean() ? "null" : quoted(random.nextBoolean() ? "P266,R129" : "S1")));
		fields.add(field("max_combo", random.nextBoolean() ? "null" : quoted(Integer.toString(random.nextInt(9999)))));
		fields.add(field("diff_aim", random.nextBoolean() ? "null" : quoted(plainDecimal(random))));
		fields.add(field("diff_speed", random.nextBoolean() ? "null" : quoted(plainDecimal(random))));
		return finish(random, fields, odd);
	}

	/** The text with at most that many decimals, and at most 60 characters (longer ones are left to Jackson). */
	private static String truncated(String text, int decimals) {
		int point = text.indexOf('.');
		int end = (point < 0) ? text.length() : Math.min(text.length(), point + 1 + decimals);
		if (end > 60) {
			end = Math.max(60, point + 2);
		}
		return text.substring(0, end);
	}

	private static long pow10(int exponent) {
		long value = 1;
		for (int i = 0; i < exponent; i++) {
			value *= 10;
		}
		return value;
	}

}
