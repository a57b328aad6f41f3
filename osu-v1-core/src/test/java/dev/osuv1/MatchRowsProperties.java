package dev.osuv1;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.osuv1.model.Match;
import dev.osuv1.model.MatchGame;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;

import static dev.osuv1.RowBodies.ODD;
import static dev.osuv1.RowBodies.change;
import static dev.osuv1.RowBodies.date;
import static dev.osuv1.RowBodies.field;
import static dev.osuv1.RowBodies.finish;
import static dev.osuv1.RowBodies.object;
import static dev.osuv1.RowBodies.outcome;
import static dev.osuv1.RowBodies.quoted;
import static dev.osuv1.RowBodies.response;
import static dev.osuv1.RowBodies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written get_match decoder against the tree path it stands in for, on generated bodies of the API's shape
 * with odd values mixed in, in the match, its games, their scores and the top level: whatever it reads, it reads
 * exactly as the tree path binds it, and through {@link ResponseDecoder} every body ends as before, in the same
 * match, the same {@code null} or the same typed error with the same message.
 */
class MatchRowsProperties {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	private static final MatchRows ROWS = new MatchRows();

	/** The decoder as the client has it, the match decoder first. */
	private static final ResponseDecoder DECODER = new ResponseDecoder(MAPPER);

	/** The decoder as it was: every body through the tree. */
	private static final ResponseDecoder TREE = new ResponseDecoder(MAPPER, null);

	private static final String[] SCORE_INTS = { "maxcombo", "rank", "count50", "count100", "count300", "countmiss",
			"countgeki", "countkatu" };

	private static final long[] MODS = { 0, 1, 8, 16, 24, 64, 72, 576, 16416, 1 << 29 };

	@Property(tries = 3000)
	void readsWhatTheTreePathReadsAndDeclinesTheRest(@ForAll("bodies") String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		Object expected = outcome(() -> TREE.match(response(body)));
		Match fast = ROWS.read(body);
		Statistics.label("fast path").collect((fast != null) ? "read" : "declined");
		Statistics.label("scores read")
			.collect(fast != null && fast.games().stream().anyMatch((game) -> !game.scores().isEmpty()));
		if (fast != null) {
			assertThat(fast).as(json).isEqualTo(expected);
		}
		Object actual = outcome(() -> DECODER.match(response(body)));
		assertThat(actual).as(json).isEqualTo(expected);
	}

	@Property(tries = 1000)
	void readsEveryMatchOfTheApisShape(@ForAll("plainBodies") String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		Match fast = ROWS.read(body);
		assertThat(fast).as(json).isNotNull().isEqualTo(TREE.match(response(body)));
	}

	@Example
	void declinesAnUnknownMatchWhichTheTreePathReadsAsNone() {
		byte[] body = "{\"match\":0,\"games\":[]}".getBytes(StandardCharsets.UTF_8);
		assertThat(ROWS.read(body)).isNull();
		assertThat(DECODER.match(response(body))).isNull();
	}

	@Example
	void readsGamesBeforeTheMatch() {
		Random random = new Random(7);
		String match = match(random, false);
		String games = games(random, false, 3);
		byte[] inOrder = ("{\"match\":" + match + ",\"games\":" + games + "}").getBytes(StandardCharsets.UTF_8);
		byte[] reversed = ("{\"games\":" + games + ",\"match\":" + match + "}").getBytes(StandardCharsets.UTF_8);
		Match fast = ROWS.read(reversed);
		assertThat(fast).isNotNull().isEqualTo(ROWS.read(inOrder)).isEqualTo(TREE.match(response(reversed)));
		assertThat(fast.games()).hasSize(3);
	}

	@Example
	void combinesTheGamesModsWithEachPlayersAsTheBindingDoes() {
		byte[] body = doubleTimeGame().getBytes(StandardCharsets.UTF_8);
		Match fast = ROWS.read(body);
		assertThat(fast).isNotNull().isEqualTo(TREE.match(response(body)));
		MatchGame game = fast.games().get(0);
		assertThat(game.scores().get(0).effectiveMods()).isEqualTo(Mods.of(Mod.DT, Mod.HD));
		assertThat(game.scores().get(1).enabledMods()).isNull();
		assertThat(game.scores().get(1).effectiveMods()).isEqualTo(Mods.of(Mod.DT));
	}

	@Example
	void declinesAnErrorAndNegativeModsWhichEndInTheSameErrors() {
		String plain = doubleTimeGame();
		byte[] error = ("{\"error\":\"Please provide a valid API key.\"," + plain.substring(1))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(ROWS.read(error)).isNull();
		assertThatThrownBy(() -> DECODER.match(response(error))).isInstanceOf(InvalidApiKeyException.class);
		byte[] negative = plain.replace("\"mods\":\"64\"", "\"mods\":\"-64\"").getBytes(StandardCharsets.UTF_8);
		assertThat(ROWS.read(negative)).isNull();
		assertThatThrownBy(() -> DECODER.match(response(negative))).isInstanceOf(DecodingException.class)
			.hasMessageContaining("mods must not be negative");
	}

	@Example
	void declinesTheNamesTheTreePathBindsOtherwise() {
		String plain = doubleTimeGame();
		// games inside the match, which the tree path replaces with the top level's
		String gamesInside = plain.replace("\"match_id\":", "\"games\":[],\"match_id\":");
		// a score's effective mods, which the game computes, under the component's name
		String effectiveMods = plain.replace("\"slot\":\"0\"", "\"effectiveMods\":\"0\",\"slot\":\"0\"");
		for (String json : List.of(gamesInside, effectiveMods)) {
			assertThat(json).isNotEqualTo(plain);
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			assertThat(ROWS.read(body)).as(json).isNull();
			assertThat(outcome(() -> DECODER.match(response(body)))).as(json)
				.isEqualTo(outcome(() -> TREE.match(response(body))));
		}
	}

	/** A match of one DoubleTime game, in slot 0 a player with Hidden, in slot 1 one without mods of their own. */
	private static String doubleTimeGame() {
		String hidden = score(new Random(1), "\"8\"").replaceFirst("\"slot\":\"\\d+\"", "\"slot\":\"0\"");
		String none = score(new Random(2), "null").replaceFirst("\"slot\":\"\\d+\"", "\"slot\":\"1\"");
		return "{\"match\":{\"match_id\":\"1\",\"name\":\"a\",\"start_time\":\"2022-11-05 12:00:00\","
				+ "\"end_time\":null},\"games\":[{\"game_id\":\"2\",\"start_time\":\"2022-11-05 12:05:00\","
				+ "\"end_time\":\"2022-11-05 12:09:00\",\"beatmap_id\":\"3\",\"play_mode\":\"0\",\"match_type\":\"0\","
				+ "\"scoring_type\":\"3\",\"team_type\":\"2\",\"mods\":\"64\",\"scores\":[" + hidden + "," + none
				+ "]}]}";
	}

	@Provide
	Arbitrary<String> bodies() {
		return Arbitraries.randoms().map(MatchRowsProperties::oddBody);
	}

	@Provide
	Arbitrary<String> plainBodies() {
		return Arbitraries.randoms().map(MatchRowsProperties::plainBody);
	}

	/** A match of the API's shape, with up to four games, in the usual order. */
	private static String plainBody(Random random) {
		String games = games(random, false, random.nextInt(5));
		return "{\"match\":" + match(random, false) + ",\"games\":" + games + "}";
	}

	/**
	 * A body of the API's shape changed now and then: in the match, a game or a score (as {@link RowBodies#change}
	 * does), an odd or {@code null} game or score, the top level's fields (an unknown match, odd, missing or doubled
	 * fields, an extra one, an {@code error}, the games first), something after the object, a cut, or spaces around.
	 */
	private static String oddBody(Random random) {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("match", match(random, true)));
		fields.add(field("games", (random.nextInt(30) == 0) ? "null" : games(random, true, random.nextInt(4))));
		if (random.nextInt(4) == 0) {
			Collections.reverse(fields);
		}
		switch (random.nextInt(20)) {
			case 0 -> fields.get(0)[1] = "0";
			case 1 -> fields.add(random.nextInt(3), field("error", text(random)));
			case 2 -> fields.add(random.nextInt(3), field("extra", ODD[random.nextInt(ODD.length)]));
			case 3 -> change(random, fields);
			default -> { }
		}
		String body = object(fields);
		return switch (random.nextInt(40)) {
			case 0 -> body + " {}";
			case 1 -> body.substring(0, random.nextInt(body.length()));
			case 2 -> "\n " + body + " \n";
			default -> body;
		};
	}

	/** The match's four fields (running now and then: no end); with {@code odd}, changed in up to three places. */
	private static String match(Random random, boolean odd) {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("match_id", quoted(Integer.toString(1 + random.nextInt(120_000_000)))));
		fields.add(field("name", (random.nextInt(20) == 0) ? "null" : text(random)));
		fields.add(field("start_time", quoted(date(random))));
		fields.add(field("end_time", (random.nextInt(4) == 0) ? "null" : quoted(date(random))));
		return finish(random, fields, odd && random.nextInt(3) == 0);
	}

	/** The games; with {@code odd}, now and then an odd or {@code null} one among them. */
	private static String games(Random random, boolean odd, int count) {
		List<String> games = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			games.add(game(random, odd));
		}
		if (odd && random.nextInt(20) == 0) {
			games.add(random.nextInt(games.size() + 1), oddElement(random));
		}
		return "[" + String.join(",", games) + "]";
	}

	/**
	 * A game of all ten fields: aborted now and then (no end, no scores), ids the model does not name, free mod (each
	 * player's mods) or not; with {@code odd}, changed in up to three places, or a score changed or odd.
	 */
	private static String game(Random random, boolean odd) {
		boolean aborted = random.nextInt(6) == 0;
		boolean freeMod = random.nextBoolean();
		List<String[]> fields = new ArrayList<>();
		fields.add(field("game_id", quoted(Long.toString(1 + random.nextInt(Integer.MAX_VALUE) * 2L))));
		fields.add(field("start_time", quoted(date(random))));
		fields.add(field("end_time", aborted ? "null" : quoted(date(random))));
		fields.add(field("beatmap_id", quoted(Integer.toString(random.nextInt(5_000_000)))));
		fields.add(field("play_mode", quoted(Integer.toString(random.nextInt(5)))));
		fields.add(field("match_type", quoted("0")));
		fields.add(field("scoring_type", quoted(Integer.toString(random.nextInt(5)))));
		fields.add(field("team_type", quoted(Integer.toString(random.nextInt(5)))));
		fields.add(field("mods", quoted(Long.toString(freeMod ? 1 : MODS[random.nextInt(MODS.length)]))));
		List<String> scores = new ArrayList<>();
		for (int i = aborted ? 0 : random.nextInt(5); i > 0; i--) {
			String enabledMods = freeMod ? quoted(Long.toString(MODS[random.nextInt(MODS.length)])) : "null";
			scores.add(odd && random.nextInt(8) == 0 ? oddScore(random, enabledMods) : score(random, enabledMods));
		}
		if (odd && random.nextInt(30) == 0) {
			scores.add(random.nextInt(scores.size() + 1), oddElement(random));
		}
		fields.add(field("scores", (odd && random.nextInt(30) == 0) ? "null" : "[" + String.join(",", scores) + "]"));
		return finish(random, fields, odd && random.nextInt(6) == 0);
	}

	/** An element of an array of objects that is not an object: {@code null} or an odd value. */
	private static String oddElement(Random random) {
		return random.nextBoolean() ? "null" : ODD[random.nextInt(ODD.length)];
	}

	/** A player's result of all 15 fields, with these per-player mods. */
	private static String score(Random random, String enabledMods) {
		return object(scoreFields(random, enabledMods));
	}

	/** A player's result changed in one to three places. */
	private static String oddScore(Random random, String enabledMods) {
		List<String[]> fields = scoreFields(random, enabledMods);
		for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
			change(random, fields);
		}
		return object(fields);
	}

	private static List<String[]> scoreFields(Random random, String enabledMods) {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("slot", quoted(Integer.toString(random.nextInt(16)))));
		fields.add(field("team", quoted(Integer.toString(random.nextInt(4)))));
		fields.add(field("user_id", quoted(Integer.toString(1 + random.nextInt(40_000_000)))));
		fields.add(field("score", quoted(Long.toString(random.nextInt(Integer.MAX_VALUE) * 3L))));
		for (String name : SCORE_INTS) {
			int value = name.equals("rank") ? 0 : random.nextInt(100_000) / (1 + random.nextInt(100));
			fields.add(field(name, quoted(Integer.toString(value))));
		}
		fields.add(field("perfect", quoted(random.nextInt(10) == 0 ? "1" : "0")));
		fields.add(field("pass", quoted(random.nextInt(5) == 0 ? "0" : "1")));
		fields.add(field("enabled_mods", enabledMods));
		if (random.nextInt(3) == 0) {
			Collections.shuffle(fields, random);
		}
		return fields;
	}

}
