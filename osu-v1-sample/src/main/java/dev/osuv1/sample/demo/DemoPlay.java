package dev.osuv1.sample.demo;

import java.time.Instant;
import java.util.Map;

import dev.osuv1.model.Gamemode;
import org.jspecify.annotations.Nullable;

/**
 * A made-up play on the demo server. A play stored as the player's best on its beatmap has a score id; get_scores and
 * get_user_best see only those, get_user_recent sees every play of the last 24 hours.
 *
 * @param scoreId the score id, {@code null} for a play not stored as a best
 * @param beatmapId the beatmap
 * @param userId the player
 * @param mode the mode
 * @param score the total score
 * @param maxCombo the highest combo
 * @param hits the hit counts
 * @param perfect whether the map's maximum combo was reached
 * @param mods the mods bitmask
 * @param date when it was played
 * @param rank the grade
 * @param pp the performance points, {@code null} for a play that is not a best
 * @param replay whether a replay is available
 */
record DemoPlay(@Nullable Long scoreId, long beatmapId, long userId, Gamemode mode, long score, int maxCombo,
		Hits hits, boolean perfect, long mods, Instant date, String rank, @Nullable Double pp, boolean replay) {

	boolean best() {
		return this.scoreId != null;
	}

	/** A get_scores row: no beatmap id, the player's name. */
	Map<String, @Nullable Object> scoresRow(String username) {
		Wire row = Wire.row().put("score_id", this.scoreId).put("score", this.score).put("username", username);
		return counts(row).put("user_id", this.userId)
			.put("date", this.date)
			.put("rank", this.rank)
			.put("pp", this.pp)
			.put("replay_available", this.replay)
			.build();
	}

	/** A get_user_best row. */
	Map<String, @Nullable Object> bestRow() {
		Wire row = Wire.row().put("beatmap_id", this.beatmapId).put("score_id", this.scoreId).put("score", this.score);
		return counts(row).put("user_id", this.userId)
			.put("date", this.date)
			.put("rank", this.rank)
			.put("pp", this.pp)
			.put("replay_available", this.replay)
			.build();
	}

	/** A get_user_recent row: no pp, no replay flag, a score id only for a stored best. */
	Map<String, @Nullable Object> recentRow() {
		Wire row = Wire.row().put("beatmap_id", this.beatmapId).put("score", this.score);
		return counts(row).put("user_id", this.userId)
			.put("date", this.date)
			.put("rank", this.rank)
			.put("score_id", this.scoreId)
			.build();
	}

	private Wire counts(Wire row) {
		return row.put("maxcombo", this.maxCombo)
			.put("count50", this.hits.count50())
			.put("count100", this.hits.count100())
			.put("count300", this.hits.count300())
			.put("countmiss", this.hits.countMiss())
			.put("countkatu", this.hits.countKatu())
			.put("countgeki", this.hits.countGeki())
			.put("perfect", this.perfect)
			.put("enabled_mods", this.mods);
	}

	/**
	 * The hit counts of a play.
	 */
	record Hits(int count300, int count100, int count50, int countMiss, int countKatu, int countGeki) {
	}

}
