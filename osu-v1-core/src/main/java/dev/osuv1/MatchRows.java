package dev.osuv1;

import java.time.Instant;
import java.util.List;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Match;
import dev.osuv1.model.MatchGame;
import dev.osuv1.model.MatchScore;
import dev.osuv1.model.Mods;
import dev.osuv1.model.ScoringType;
import dev.osuv1.model.Team;
import dev.osuv1.model.TeamType;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a get_match body into a {@link Match} straight from its bytes, as {@link BeatmapRows} does for get_beatmaps,
 * instead of reading a tree, copying the match into it with the games and binding that. It reads only the shape the API
 * sends: an object holding {@code match}, an object of 4 fields, and {@code games} (in either order), an array of
 * objects of 10 fields, each with {@code scores}, an array of objects of 15 fields; every field under its wire name at
 * most once, as a JSON text (or {@code null} where the model takes it) in the plain forms {@link WireValues} reads,
 * {@code games} and {@code scores} as arrays or {@code null}; other fields holding a text or {@code null} are skipped,
 * as the mapper and the tree path skip them. On anything else ({@code "match":0} or any other match that is not an
 * object, no {@code match} or {@code games}, an {@code error} field, a value of another JSON type or form, a field
 * twice, a field under its Java name or {@code games} inside the match, a missing number or {@code start_time},
 * negative mods, a {@code null} game or score, invalid JSON, anything after the object) it answers {@code null}, and
 * the caller decodes the body through the tree as before, which gives the same match, the same {@code null} or the same
 * error.
 */
final class MatchRows {

	/** The top level's names: the two the tree path reads, and {@code error}, which makes the body an error. */
	static final List<String> ROOT_FIELDS = List.of("match", "games", "error");

	/** The match's wire names, in the order of {@link Match}'s components; a field's bit in a mask is its index. */
	static final List<String> FIELDS = List.of("match_id", "name", "start_time", "end_time");

	/** A game's wire names, in the order of {@link MatchGame}'s components. */
	static final List<String> GAME_FIELDS = List.of(
			"game_id",
			"start_time",
			"end_time",
			"beatmap_id",
			"play_mode",
			"match_type",
			"scoring_type",
			"team_type",
			"mods",
			"scores");

	/** A score's wire names, in the order of {@link MatchScore}'s components. */
	static final List<String> SCORE_FIELDS = List.of(
			"slot",
			"team",
			"user_id",
			"score",
			"maxcombo",
			"rank",
			"count50",
			"count100",
			"count300",
			"countmiss",
			"countgeki",
			"countkatu",
			"perfect",
			"pass",
			"enabled_mods");

	private static final long ROOT_REQUIRED = WireValues.mask(ROOT_FIELDS, "match", "games");

	/** The match's primitive, and its start, which its constructor requires: Jackson decides when one is missing. */
	private static final long REQUIRED = WireValues.mask(FIELDS, "match_id", "start_time");

	/** A game's primitives and its start, likewise. */
	private static final long GAME_REQUIRED = WireValues.mask(GAME_FIELDS, "game_id", "start_time", "beatmap_id",
			"match_type");

	/** A score's primitives, likewise. */
	private static final long SCORE_REQUIRED = WireValues.mask(SCORE_FIELDS, "slot", "user_id", "score", "maxcombo",
			"rank", "count50", "count100", "count300", "countmiss", "countgeki", "countkatu", "perfect", "pass");

	/** Matches a top-level name to its index in {@link #ROOT_FIELDS}. */
	private final WireScanner.Names rootNames;

	/** Matches a wire name to its index in {@link #FIELDS}, the other names Jackson binds to indexes past them. */
	private final WireScanner.Names names;

	/** The same for {@link #GAME_FIELDS}. */
	private final WireScanner.Names gameNames;

	/** The same for {@link #SCORE_FIELDS}. */
	private final WireScanner.Names scoreNames;

	MatchRows() {
		this.rootNames = WireValues.names(ROOT_FIELDS);
		this.names = WireValues.names(FIELDS, Match.class);
		this.gameNames = WireValues.names(GAME_FIELDS, MatchGame.class);
		this.scoreNames = WireValues.names(SCORE_FIELDS, MatchScore.class);
	}

	/**
	 * Reads a whole get_match body.
	 * @param body the body
	 * @return the match, exactly as the tree path binds it; {@code null} when the body is not in a shape read here,
	 * for the tree path to decode instead
	 */
	@Nullable Match read(byte[] body) {
		return WireScanner.object(body, this::root);
	}

	/** Reads the top level, the scanner being just inside it. */
	private Match root(WireScanner scanner) {
		@Nullable Match withoutGames = null;
		@Nullable List<MatchGame> games = null;
		long seen = 0;
		for (int field = scanner.nextField(this.rootNames); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.rootNames)) {
			seen = WireValues.seen(seen, field, ROOT_FIELDS);
			switch (field) {
				case 0 -> withoutGames = scanner.object(this::match); // match
				case 1 -> games = scanner.nullableObjects(this::game); // games
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				// error, and what is not a name
				default -> throw WireValues.DECLINED;
			}
		}
		if ((seen & ROOT_REQUIRED) != ROOT_REQUIRED || withoutGames == null) {
			throw WireValues.DECLINED;
		}
		return new Match(withoutGames.matchId(), withoutGames.name(), withoutGames.startTime(),
				withoutGames.endTime(), games);
	}

	/**
	 * Reads the match's own fields, the scanner being just inside it, without its games, which come beside it; a
	 * match that is not an object (the {@code 0} of an unknown match, which the tree path reads as none) is declined.
	 */
	private Match match(WireScanner scanner) {
		long matchId = 0;
		@Nullable String name = null;
		@Nullable Instant startTime = null;
		@Nullable Instant endTime = null;
		long seen = 0;
		for (int field = scanner.nextField(this.names); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.names)) {
			seen = WireValues.seen(seen, field, FIELDS);
			switch (field) {
				case 0 -> matchId = WireValues.longValue(scanner); // match_id
				case 1 -> name = WireValues.text(scanner); // name
				case 2 -> startTime = WireValues.instant(scanner); // start_time
				case 3 -> endTime = WireValues.instant(scanner); // end_time
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				// the components' Java names (games among them), which Jackson binds too, and what is not a name
				default -> throw WireValues.DECLINED;
			}
		}
		// a null start makes the constructor throw, which the binding reports in its own words
		if ((seen & REQUIRED) != REQUIRED || startTime == null) {
			throw WireValues.DECLINED;
		}
		return new Match(matchId, name, startTime, endTime, List.of());
	}

	/** Reads one game, the scanner being just inside it. */
	private MatchGame game(WireScanner scanner) {
		long gameId = 0;
		@Nullable Instant startTime = null;
		@Nullable Instant endTime = null;
		long beatmapId = 0;
		@Nullable Gamemode playMode = null;
		int matchType = 0;
		@Nullable ScoringType scoringType = null;
		@Nullable TeamType teamType = null;
		@Nullable Mods mods = null;
		@Nullable List<MatchScore> scores = null;
		long seen = 0;
		for (int field = scanner.nextField(this.gameNames); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.gameNames)) {
			seen = WireValues.seen(seen, field, GAME_FIELDS);
			switch (field) {
				case 0 -> gameId = WireValues.longValue(scanner); // game_id
				case 1 -> startTime = WireValues.instant(scanner); // start_time
				case 2 -> endTime = WireValues.instant(scanner); // end_time
				case 3 -> beatmapId = WireValues.longValue(scanner); // beatmap_id
				case 4 -> playMode = WireValues.byId(scanner, Gamemode::fromId); // play_mode
				case 5 -> matchType = WireValues.intValue(scanner); // match_type
				case 6 -> scoringType = WireValues.byId(scanner, ScoringType::fromId); // scoring_type
				case 7 -> teamType = WireValues.byId(scanner, TeamType::fromId); // team_type
				case 8 -> mods = WireValues.nullableMods(scanner); // mods
				case 9 -> scores = scanner.nullableObjects(this::score); // scores
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				default -> throw WireValues.DECLINED;
			}
		}
		if ((seen & GAME_REQUIRED) != GAME_REQUIRED || startTime == null) {
			throw WireValues.DECLINED;
		}
		return new MatchGame(gameId, startTime, endTime, beatmapId, playMode, matchType, scoringType, teamType, mods,
				scores);
	}

	/** Reads one score, the scanner being just inside it; the game gives it its effective mods. */
	private MatchScore score(WireScanner scanner) {
		int slot = 0;
		@Nullable Team team = null;
		long userId = 0;
		long score = 0;
		int maxCombo = 0;
		int rank = 0;
		int count50 = 0;
		int count100 = 0;
		int count300 = 0;
		int countMiss = 0;
		int countGeki = 0;
		int countKatu = 0;
		boolean perfect = false;
		boolean pass = false;
		@Nullable Mods enabledMods = null;
		long seen = 0;
		for (int field = scanner.nextField(this.scoreNames); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.scoreNames)) {
			seen = WireValues.seen(seen, field, SCORE_FIELDS);
			switch (field) {
				case 0 -> slot = WireValues.intValue(scanner); // slot
				case 1 -> team = WireValues.byId(scanner, Team::fromId); // team
				case 2 -> userId = WireValues.longValue(scanner); // user_id
				case 3 -> score = WireValues.longValue(scanner); // score
				case 4 -> maxCombo = WireValues.intValue(scanner); // maxcombo
				case 5 -> rank = WireValues.intValue(scanner); // rank
				case 6 -> count50 = WireValues.intValue(scanner); // count50
				case 7 -> count100 = WireValues.intValue(scanner); // count100
				case 8 -> count300 = WireValues.intValue(scanner); // count300
				case 9 -> countMiss = WireValues.intValue(scanner); // countmiss
				case 10 -> countGeki = WireValues.intValue(scanner); // countgeki
				case 11 -> countKatu = WireValues.intValue(scanner); // countkatu
				case 12 -> perfect = WireValues.zeroOne(scanner); // perfect
				case 13 -> pass = WireValues.zeroOne(scanner); // pass
				case 14 -> enabledMods = WireValues.nullableMods(scanner); // enabled_mods
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				// the components' Java names (effectiveMods among them), which Jackson binds, and what is not a name
				default -> throw WireValues.DECLINED;
			}
		}
		if ((seen & SCORE_REQUIRED) != SCORE_REQUIRED) {
			throw WireValues.DECLINED;
		}
		return new MatchScore(slot, team, userId, score, maxCombo, rank, count50, count100, count300, countMiss,
				countGeki, countKatu, perfect, pass, enabledMods, null);
	}

}
