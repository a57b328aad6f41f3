package dev.osuv1;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Score;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static dev.osuv1.RowBodies.change;
import static dev.osuv1.RowBodies.date;
import static dev.osuv1.RowBodies.field;
import static dev.osuv1.RowBodies.object;
import static dev.osuv1.RowBodies.outcome;
import static dev.osuv1.RowBodies.plainDecimal;
import static dev.osuv1.RowBodies.quoted;
import static dev.osuv1.RowBodies.response;
import static dev.osuv1.RowBodies.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written score decoder against the Jackson binding it stands in for, with the values the client injects
 * (the mode, and get_scores' beatmap or none), on generated bodies of the three score endpoints' shapes with odd
 * values mixed in: whatever it reads, it reads exactly as the binding does, and through {@link ResponseDecoder}
 * every body ends as before, in the same rows or the same typed error with the same message.
 */
class ScoreRowsProperties {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	private static final ObjectReader READER = MAPPER.readerForListOf(Score.class);

	private static final ResponseDecoder DECODER = new ResponseDecoder(MAPPER);

	private static final ScoreRows ROWS = new ScoreRows();

	private static final String[] INTS = { "maxcombo", "count50", "count100", "count300", "countmiss", "countkatu",
			"countgeki" };

	private static final String[] GRADES = { "XH", "X", "SH", "S", "A", "B", "C", "D", "F" };

	@Property(tries = 3000)
	void readsWhatTheBindingReadsAndDeclinesTheRest(@ForAll("bodies") Call call) {
		byte[] body = call.json().getBytes(StandardCharsets.UTF_8);
		ObjectReader reader = reader(call.mode(), call.beatmapId());
		Object expected = outcome(() -> DECODER.list(call.endpoint(), response(body), reader));
		List<Score> fast = ROWS.read(body, call.mode(), call.beatmapId());
		Statistics.label("fast path").collect((fast != null) ? "read" : "declined");
		if (fast != null) {
			assertThat(fast).as(call.toString()).isEqualTo(expected);
		}
		Object actual = outcome(() -> DECODER.list(call.endpoint(), response(body), reader,
				(bytes) -> ROWS.read(bytes, call.mode(), call.beatmapId())));
		assertThat(actual).as(call.toString()).isEqualTo(expected);
	}

	@Property(tries = 1000)
	void readsEveryRowOfTheApisShape(@ForAll("plainBodies") Call call) {
		byte[] body = call.json().getBytes(StandardCharsets.UTF_8);
		List<Score> fast = ROWS.read(body, call.mode(), call.beatmapId());
		assertThat(fast).as(call.toString())
			.isNotNull()
			.isEqualTo(reader(call.mode(), call.beatmapId()).<List<Score>>readValue(body));
	}

	/** The binding as {@code OsuV1Client.scores} sets it up. */
	static ObjectReader reader(Gamemode mode, @Nullable Long beatmapId) {
		InjectableValues.Std context = new InjectableValues.Std().addValue("mode", mode);
		if (beatmapId != null) {
			context.addValue("beatmapId", beatmapId);
		}
		return READER.with(context);
	}

	@Provide
	Arbitrary<Call> bodies() {
		return Arbitraries.randoms().map((random) -> call(random, true));
	}

	@Provide
	Arbitrary<Call> plainBodies() {
		return Arbitraries.randoms().map((random) -> call(random, false));
	}

	/**
	 * A call to one of the three endpoints and its body: get_scores rows carry no {@code beatmap_id} (the request's
	 * is injected), the others no beatmap is injected; with {@code odd}, the injection may differ too.
	 */
	private static Call call(Random random, boolean odd) {
		Endpoint endpoint = List.of(Endpoint.GET_SCORES, Endpoint.GET_USER_BEST, Endpoint.GET_USER_RECENT)
			.get(random.nextInt(3));
		Gamemode mode = Gamemode.values()[random.nextInt(Gamemode.values().length)];
		@Nullable Long beatmapId = (endpoint == Endpoint.GET_SCORES) ? (Long) (long) random.nextInt(5_000_000) : null;
		if (odd && random.nextInt(8) == 0) {
			beatmapId = (beatmapId == null) ? (Long) (long) random.nextInt(5_000_000) : null;
		}
		String json;
		if (odd) {
			json = RowBodies.body(random, (rows) -> row(rows, endpoint, true));
		}
		else {
			List<String> rows = new ArrayList<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				rows.add(row(random, endpoint, false));
			}
			json = "[" + String.join(",", rows) + "]";
		}
		return new Call(endpoint, mode, beatmapId, json);
	}

	/** A row in the endpoint's shape; with {@code odd}, changed in up to three places. */
	private static String row(Random random, Endpoint endpoint, boolean odd) {
		List<String[]> fields = new ArrayList<>();
		if (endpoint != Endpoint.GET_SCORES) {
			fields.add(field("beatmap_id", quoted(Integer.toString(random.nextInt(5_000_000)))));
		}
		boolean recent = endpoint == Endpoint.GET_USER_RECENT;
		fields.add(field("score_id", (recent && random.nextBoolean()) ? "null"
				: quoted(Long.toString(random.nextLong() % 10_000_000_000L))));
		fields.add(field("score", quoted(Long.toString(Math.abs(random.nextLong() % 100_000_000_000L)))));
		if (endpoint == Endpoint.GET_SCORES) {
			fields.add(field("username", (random.nextInt(20) == 0) ? "null" : text(random)));
		}
		for (String name : INTS) {
			fields.add(field(name, quoted(Integer.toString(random.nextInt(100_000) / (1 + random.nextInt(100))))));
		}
		fields.add(field("perfect", quoted(random.nextBoolean() ? "1" : "0")));
		fields.add(field("enabled_mods", quoted(Long.toString(random.nextBoolean() ? random.nextInt(1 << 30)
				: List.of(0, 8, 16, 24, 64, 72, 576, 16416).get(random.nextInt(8))))));
		fields.add(field("user_id", quoted(Integer.toString(random.nextInt(40_000_000)))));
		fields.add(field("date", quoted(date(random))));
		fields.add(field("rank", quoted(GRADES[random.nextInt(GRADES.length)])));
		if (!recent) {
			fields.add(field("pp", (random.nextInt(10) == 0) ? "null" : quoted(plainDecimal(random))));
			fields.add(field("replay_available", quoted(random.nextBoolean() ? "1" : "0")));
		}
		if (random.nextInt(3) == 0) {
			Collections.shuffle(fields, random);
		}
		if (odd) {
			for (int changes = random.nextInt(4); changes > 0; changes--) {
				change(random, fields);
			}
			if (random.nextInt(20) == 0) {
				// the injected names in the row
				String name = random.nextBoolean() ? "mode" : "beatmap_id";
				fields.add(field(name, quoted(Integer.toString(random.nextInt(4)))));
			}
		}
		return object(fields);
	}

	record Call(Endpoint endpoint, Gamemode mode, @Nullable Long beatmapId, String json) {
	}

}
