package dev.osuv1.query;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of get_scores: the top scores on one beatmap.
 *
 * @param beatmapId the beatmap
 * @param mode the mode (always sent; default osu!; give the convert's mode for converts)
 * @param mods only scores with exactly these mods; {@code null} for any
 * @param user only this user's best; {@code null} for everyone
 * @param limit how many scores, 1-100; {@code null} leaves the API's default of 50
 */
public record BeatmapScoresQuery(long beatmapId, Gamemode mode, @Nullable Mods mods, @Nullable UserRef user,
		@Nullable Integer limit) {

	/** The most get_scores returns. */
	public static final int MAX_LIMIT = 100;

	/**
	 * Creates a query, checking every parameter.
	 * @param beatmapId the beatmap
	 * @param mode the mode (always sent; default osu!; give the convert's mode for converts)
	 * @param mods only scores with exactly these mods; {@code null} for any
	 * @param user only this user's best; {@code null} for everyone
	 * @param limit how many scores, 1-100; {@code null} leaves the API's default of 50
	 */
	public BeatmapScoresQuery {
		Check.positive(beatmapId, "beatmapId");
		Check.mode(mode);
		Check.range(limit, "limit", 1, MAX_LIMIT);
	}

	/**
	 * Returns a query for the given beatmap in osu! mode.
	 * @param beatmapId the beatmap
	 * @return the query
	 */
	public static BeatmapScoresQuery of(long beatmapId) {
		return new BeatmapScoresQuery(beatmapId, Gamemode.OSU, null, null, null);
	}

	/**
	 * Returns this query for another mode.
	 * @param mode the mode
	 * @return a new query
	 */
	public BeatmapScoresQuery withMode(Gamemode mode) {
		return new BeatmapScoresQuery(this.beatmapId, mode, this.mods, this.user, this.limit);
	}

	/**
	 * Returns this query for scores with exactly the given mods.
	 * @param mods the mods
	 * @return a new query
	 */
	public BeatmapScoresQuery withMods(Mods mods) {
		return new BeatmapScoresQuery(this.beatmapId, this.mode, Check.notNull(mods, "mods"), this.user, this.limit);
	}

	/**
	 * Returns this query for one user's best.
	 * @param user the user
	 * @return a new query
	 */
	public BeatmapScoresQuery withUser(UserRef user) {
		return new BeatmapScoresQuery(this.beatmapId, this.mode, this.mods, Check.notNull(user, "user"), this.limit);
	}

	/**
	 * Returns this query with another limit.
	 * @param limit 1-100
	 * @return a new query
	 */
	public BeatmapScoresQuery withLimit(int limit) {
		return new BeatmapScoresQuery(this.beatmapId, this.mode, this.mods, this.user, limit);
	}

}
