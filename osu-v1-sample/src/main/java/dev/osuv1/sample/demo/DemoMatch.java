package dev.osuv1.sample.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The demo's one multiplayer match, as get_match sends it: a team-versus game with forced DoubleTime, an aborted game
 * (no end time, no scores) and a free-mod game where each player chose their own mods.
 */
final class DemoMatch {

	private DemoMatch() {
	}

	static Map<String, Object> create(Instant start) {
		Map<String, @Nullable Object> match = Wire.row()
			.put("match_id", DemoData.MATCH_ID)
			.put("name", "Demo Cup: (Red Team) vs (Blue Team)")
			.put("start_time", start)
			.put("end_time", start.plus(Duration.ofMinutes(50)))
			.build();
		List<Map<String, @Nullable Object>> games = List.of(
				game(7001, start.plus(Duration.ofMinutes(5)), true, 10002, 3, 2, 64,
						List.of(score(0, 1, DemoData.PEPPY, 456_789, 412, 500, 40, 6, 6, 80, 20, true, null),
								score(1, 2, DemoData.DEMO_PLAYER, 987_654, 700, 550, 2, 0, 0, 98, 2, true, null))),
				game(7002, start.plus(Duration.ofMinutes(15)), false, 10001, 3, 2, 0, List.of()),
				game(7003, start.plus(Duration.ofMinutes(25)), true, 10001, 0, 2, 0,
						List.of(score(0, 1, DemoData.PEPPY, 345_678, 204, 198, 6, 0, 0, 38, 5, true, 8L),
								score(1, 2, DemoData.DEMO_PLAYER, 401_234, 204, 204, 0, 0, 0, 40, 0, true, 16L),
								score(2, 1, DemoData.DIGITS, 98_765, 60, 90, 40, 10, 30, 12, 20, false, 0L))));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("match", match);
		body.put("games", games);
		return body;
	}

	private static Map<String, @Nullable Object> game(long id, Instant start, boolean ended, long beatmapId,
			int scoringType, int teamType, long mods, List<Map<String, @Nullable Object>> scores) {
		return Wire.row()
			.put("game_id", id)
			.put("start_time", start)
			.put("end_time", ended ? start.plus(Duration.ofMinutes(4)) : null)
			.put("beatmap_id", beatmapId)
			.put("play_mode", 0)
			.put("match_type", 0)
			.put("scoring_type", scoringType)
			.put("team_type", teamType)
			.put("mods", mods)
			.putRaw("scores", scores)
			.build();
	}

	private static Map<String, @Nullable Object> score(int slot, int team, long userId, long score, int maxCombo,
			int count300, int count100, int count50, int countMiss, int countGeki, int countKatu, boolean pass,
			@Nullable Long enabledMods) {
		return Wire.row()
			.put("slot", slot)
			.put("team", team)
			.put("user_id", userId)
			.put("score", score)
			.put("maxcombo", maxCombo)
			.put("rank", 0)
			.put("count50", count50)
			.put("count100", count100)
			.put("count300", count300)
			.put("countmiss", countMiss)
			.put("countgeki", countGeki)
			.put("countkatu", countKatu)
			.put("perfect", false)
			.put("pass", pass)
			.put("enabled_mods", enabledMods)
			.build();
	}

}
