package dev.osuv1;

import java.time.Instant;
import java.util.List;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Score;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Decodes a get_scores, get_user_best or get_user_recent body into {@link Score} records straight from its bytes, as
 * {@link BeatmapRows} does for get_beatmaps. The mode, and get_scores' beatmap, come from the request, as the binding
 * injects them: a row's own {@code beatmap_id} wins over the request's, as with the binding's {@code useInput}. It
 * reads only the shape the API sends: an array of objects whose 18 fields, under their wire names, each come at most
 * once, as JSON texts (or {@code null} where the model takes it) in the plain forms {@link WireValues} reads; other
 * fields holding a text or {@code null} are skipped, as the mapper skips them. On anything else (a value of another
 * JSON type or form, a field twice, a field under its Java name or {@code mode}, a missing number, {@code date},
 * {@code enabled_mods} or {@code rank}, a negative {@code enabled_mods}, a grade the model does not name, no
 * {@code beatmap_id} in the row nor the request, a {@code null} row, invalid JSON) it answers {@code null}, and the
 * caller binds the body with Jackson as before, which gives the same rows or the same error.
 */
final class ScoreRows {

	/** The wire names, in the order of the record's components; a field's bit in {@code seen} is its index. */
	static final List<String> FIELDS = List.of(
			"score_id",
			"beatmap_id",
			"user_id",
			"username",
			"score",
			"maxcombo",
			"count50",
			"count100",
			"count300",
			"countmiss",
			"countkatu",
			"countgeki",
			"perfect",
			"enabled_mods",
			"date",
			"rank",
			"pp",
			"replay_available");

	/**
	 * The fields that bind to primitives, or are required, so that Jackson decides when they are missing; and the
	 * mods and grade, which the API always sends, so that their absence too is left to Jackson.
	 */
	private static final long REQUIRED = WireValues.mask(FIELDS, "user_id", "score", "maxcombo", "count50",
			"count100", "count300", "countmiss", "countkatu", "countgeki", "perfect", "enabled_mods", "date", "rank");

	private static final int BEATMAP_ID = FIELDS.indexOf("beatmap_id");

	/** Matches a wire name to its index in {@link #FIELDS}, the other names Jackson binds to indexes past them. */
	private final WireScanner.Names names;

	ScoreRows() {
		this.names = WireValues.names(FIELDS, Score.class);
	}

	/**
	 * Reads a whole body that starts with {@code [}, as the binding does with these injected values.
	 * @param body the body
	 * @param mode the mode the request asked for, injected as {@code mode}
	 * @param beatmapId the beatmap the request asked for (get_scores), injected as {@code beatmapId}; {@code null}
	 * when not injected
	 * @return the rows, or {@code null} when the body is not in a shape read here
	 */
	@Nullable List<Score> read(byte[] body, Gamemode mode, @Nullable Long beatmapId) {
		return WireScanner.rows(body, (scanner) -> row(scanner, mode, beatmapId));
	}

	/** Reads one row, the scanner being just inside it. */
	private Score row(WireScanner scanner, Gamemode mode, @Nullable Long requestBeatmapId) {
		@Nullable Long scoreId = null;
		long beatmapId = 0;
		long userId = 0;
		@Nullable String username = null;
		long score = 0;
		int maxCombo = 0;
		int count50 = 0;
		int count100 = 0;
		int count300 = 0;
		int countMiss = 0;
		int countKatu = 0;
		int countGeki = 0;
		boolean perfect = false;
		@Nullable Mods mods = null;
		@Nullable Instant date = null;
		@Nullable Grade rank = null;
		@Nullable Double pp = null;
		@Nullable Boolean replayAvailable = null;
		long seen = 0;
		for (int field = scanner.nextField(this.names); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.names)) {
			seen = WireValues.seen(seen, field, FIELDS);
			switch (field) {
				case 0 -> scoreId = WireValues.nullableLong(scanner); // score_id
				case 1 -> beatmapId = WireValues.longValue(scanner); // beatmap_id
				case 2 -> userId = WireValues.longValue(scanner); // user_id
				case 3 -> username = WireValues.text(scanner); // username
				case 4 -> score = WireValues.longValue(scanner); // score
				case 5 -> maxCombo = WireValues.intValue(scanner); // maxcombo
				case 6 -> count50 = WireValues.intValue(scanner); // count50
				case 7 -> count100 = WireValues.intValue(scanner); // count100
				case 8 -> count300 = WireValues.intValue(scanner); // count300
				case 9 -> countMiss = WireValues.intValue(scanner); // countmiss
				case 10 -> countKatu = WireValues.intValue(scanner); // countkatu
				case 11 -> countGeki = WireValues.intValue(scanner); // countgeki
				case 12 -> perfect = WireValues.zeroOne(scanner); // perfect
				case 13 -> mods = WireValues.mods(scanner); // enabled_mods
				case 14 -> date = WireValues.instant(scanner); // date
				case 15 -> rank = grade(scanner); // rank
				case 16 -> pp = WireValues.nullableDouble(scanner); // pp
				case 17 -> replayAvailable = WireValues.nullableZeroOne(scanner); // replay_available
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				// the components' Java names (mode among them), which Jackson binds too, and what is not a name
				default -> throw WireValues.DECLINED;
			}
		}
		// a null date makes the constructor throw, which the binding reports in its own words
		if ((seen & REQUIRED) != REQUIRED || date == null) {
			throw WireValues.DECLINED;
		}
		if ((seen & (1L << BEATMAP_ID)) == 0) {
			if (requestBeatmapId == null) {
				throw WireValues.DECLINED;
			}
			beatmapId = requestBeatmapId;
		}
		return new Score(scoreId, beatmapId, userId, username, score, maxCombo, count50, count100, count300,
				countMiss, countKatu, countGeki, perfect, mods, date, rank, pp, replayAvailable, mode);
	}

	/** A grade the model names ({@code "S"}); any other text, which the model reads as unknown, is declined. */
	private static Grade grade(WireScanner scanner) {
		if (scanner.token() != JsonToken.VALUE_STRING) {
			throw WireValues.DECLINED;
		}
		Grade grade = Grade.fromApi(scanner.text());
		if (grade == Grade.UNKNOWN) {
			throw WireValues.DECLINED;
		}
		return grade;
	}

}
