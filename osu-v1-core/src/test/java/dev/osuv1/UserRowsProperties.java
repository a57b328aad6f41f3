package dev.osuv1;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.osuv1.model.User;
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
import static dev.osuv1.RowBodies.change;
import static dev.osuv1.RowBodies.date;
import static dev.osuv1.RowBodies.field;
import static dev.osuv1.RowBodies.finish;
import static dev.osuv1.RowBodies.object;
import static dev.osuv1.RowBodies.outcome;
import static dev.osuv1.RowBodies.plainDecimal;
import static dev.osuv1.RowBodies.quoted;
import static dev.osuv1.RowBodies.response;
import static dev.osuv1.RowBodies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written get_user decoder against the Jackson binding it stands in for, on generated bodies of the API's
 * shape with odd values mixed in, in the users and in their events: whatever it reads, it reads exactly as the
 * binding does (records compare doubles bit for bit), and through {@link ResponseDecoder} every body ends as before,
 * in the same rows or the same typed error with the same message.
 */
class UserRowsProperties {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	private static final ObjectReader READER = MAPPER.readerForListOf(User.class);

	private static final ResponseDecoder DECODER = new ResponseDecoder(MAPPER);

	private static final UserRows ROWS = new UserRows();

	private static final String[] LONGS = { "count300", "count100", "count50", "playcount", "ranked_score",
			"total_score", "total_seconds_played" };

	private static final String[] INTS = { "pp_rank", "count_rank_ss", "count_rank_ssh", "count_rank_s",
			"count_rank_sh", "count_rank_a", "pp_country_rank" };

	private static final String[] DOUBLES = { "level", "pp_raw", "accuracy" };

	@Property(tries = 3000)
	void readsWhatTheBindingReadsAndDeclinesTheRest(@ForAll("bodies") String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		Object expected = outcome(() -> DECODER.list(Endpoint.GET_USER, response(body), READER));
		List<User> fast = ROWS.read(body);
		Statistics.label("fast path").collect((fast != null) ? "read" : "declined");
		Statistics.label("events read").collect(fast != null && fast.stream().anyMatch((user) -> !user.events().isEmpty()));
		if (fast != null) {
			assertThat(fast).as(json).isEqualTo(expected);
		}
		Object actual = outcome(() -> DECODER.list(Endpoint.GET_USER, response(body), READER, ROWS));
		assertThat(actual).as(json).isEqualTo(expected);
	}

	@Property(tries = 500)
	void readsEveryRowOfTheApisShape(@ForAll("plainBodies") String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		List<User> fast = ROWS.read(body);
		assertThat(fast).as(json).isNotNull().isEqualTo(READER.<List<User>>readValue(body));
	}

	@Example
	void declinesANullEventWhichTheBindingRefuses() {
		String row = row(new Random(1), false);
		byte[] body = ("[" + row.substring(0, row.length() - 1) + ",\"events\":[null]}]")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(ROWS.read(body)).isNull();
		assertThatThrownBy(() -> DECODER.list(Endpoint.GET_USER, response(body), READER, ROWS))
			.isInstanceOf(DecodingException.class);
	}

	@Example
	void readsEventsAsTheBindingDoes() {
		byte[] body = ("[{\"user_id\":\"2\",\"username\":\"peppy\",\"events\":[{\"display_html\":\"<b>peppy</b>\","
				+ "\"beatmap_id\":\"0\",\"beatmapset_id\":\"0\",\"date\":\"2013-06-22 9:11:16\",\"epicfactor\":\"2\"}]}]")
			.getBytes(StandardCharsets.UTF_8);
		List<User> fast = ROWS.read(body);
		assertThat(fast).isNotNull().isEqualTo(READER.readValue(body));
		assertThat(fast.get(0).events()).hasSize(1);
	}

	@Provide
	Arbitrary<String> bodies() {
		return Arbitraries.randoms().map((random) -> RowBodies.body(random, (rows) -> row(rows, true)));
	}

	@Provide
	Arbitrary<String> plainBodies() {
		return Arbitraries.randoms().map((random) -> "[" + (random.nextInt(5) == 0 ? "" : row(random, false)) + "]");
	}

	/**
	 * A user of all 22 fields in the API's forms (every statistic {@code null} now and then, as for a mode never
	 * played; events absent, {@code null}, empty or a few); with {@code odd}, changed in up to three places, in the
	 * user or in its events.
	 */
	private static String row(Random random, boolean odd) {
		List<String[]> fields = new ArrayList<>();
		boolean played = random.nextInt(4) != 0;
		fields.add(field("user_id", quoted(Long.toString(random.nextLong() % 100_000_000_000L))));
		fields.add(field("username", (random.nextInt(20) == 0) ? "null" : text(random)));
		fields.add(field("join_date", (random.nextInt(10) == 0) ? "null" : quoted(date(random))));
		for (String name : LONGS) {
			fields.add(field(name, played ? quoted(Long.toString(random.nextLong() % 100_000_000_000L)) : "null"));
		}
		for (String name : INTS) {
			int value = random.nextInt(1_000_000_000) / (int) Math.pow(10, random.nextInt(9));
			fields.add(field(name, played ? quoted(Integer.toString(value)) : "null"));
		}
		for (String name : DOUBLES) {
			fields.add(field(name, played ? quoted(plainDecimal(random)) : "null"));
		}
		fields.add(field("country", (random.nextInt(20) == 0) ? "null" : text(random)));
		switch (random.nextInt(6)) {
			case 0 -> { } // absent, as in old responses
			case 1 -> fields.add(field("events", "null"));
			case 2, 3 -> fields.add(field("events", "[]"));
			default -> fields.add(field("events", events(random, odd)));
		}
		return finish(random, fields, odd);
	}

	/** One to three events; with {@code odd}, an event changed, or an odd or {@code null} element among them. */
	private static String events(Random random, boolean odd) {
		List<String> events = new ArrayList<>();
		for (int i = random.nextInt(3); i >= 0; i--) {
			List<String[]> fields = new ArrayList<>();
			fields.add(field("display_html", text(random)));
			fields.add(field("beatmap_id", quoted(Integer.toString(random.nextInt(4_000_000)))));
			fields.add(field("beatmapset_id", quoted(Integer.toString(random.nextInt(2_000_000)))));
			fields.add(field("date", quoted(date(random))));
			fields.add(field("epicfactor", quoted(Integer.toString(1 + random.nextInt(32)))));
			if (random.nextInt(3) == 0) {
				Collections.shuffle(fields, random);
			}
			if (odd && random.nextInt(3) == 0) {
				change(random, fields);
			}
			events.add(object(fields));
		}
		if (odd && random.nextInt(6) == 0) {
			events.add(random.nextInt(events.size() + 1), random.nextBoolean() ? "null" : ODD[random.nextInt(ODD.length)]);
		}
		return "[" + String.join(",", events) + "]";
	}

}
