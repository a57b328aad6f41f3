package dev.osuv1.query;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of get_replay: a score id, or a beatmap and a user. The API allows 10 of these requests a minute.
 *
 * @param scoreId the score; {@code null} when given by beatmap and user
 * @param beatmapId the beatmap; {@code null} when given by score id
 * @param user the player; {@code null} when given by score id
 * @param mode the mode the score was played in (always sent; legacy score ids are per mode)
 * @param mods which of the user's scores on the beatmap; {@code null} lets the server choose (not necessarily nomod)
 */
public record ReplayQuery(@Nullable Long scoreId, @Nullable Long beatmapId, @Nullable UserRef user, Gamemode mode,
		@Nullable Mods mods) {

	/**
	 * Creates a query, checking that it names a score id, or a beatmap id and a user.
	 * @param scoreId the score; {@code null} when given by beatmap and user
	 * @param beatmapId the beatmap; {@code null} when given by score id
	 * @param user the player; {@code null} when given by score id
	 * @param mode the mode the score was played in (always sent; legacy score ids are per mode)
	 * @param mods which of the user's scores on the beatmap; {@code null} lets the server choose (not necessarily nomod)
	 */
	public ReplayQuery {
		Check.positiveOrNull(scoreId, "scoreId");
		Check.positiveOrNull(beatmapId, "beatmapId");
		Check.mode(mode);
		if (scoreId == null && (beatmapId == null || user == null)) {
			throw new IllegalArgumentException("a replay needs a score id, or beatmap id and user");
		}
	}

	/**
	 * Returns a query for the replay of the given osu! score.
	 * @param scoreId the score
	 * @return the query
	 */
	public static ReplayQuery ofScore(long scoreId) {
		return new ReplayQuery(scoreId, null, null, Gamemode.OSU, null);
	}

	/**
	 * Returns a query for the given user's replay on the given beatmap, in osu! mode.
	 * @param beatmapId the beatmap
	 * @param user the player
	 * @return the query
	 */
	public static ReplayQuery of(long beatmapId, UserRef user) {
		return new ReplayQuery(null, beatmapId, Check.notNull(user, "user"), Gamemode.OSU, null);
	}

	/**
	 * Returns this query for another mode.
	 * @param mode the mode
	 * @return a new query
	 */
	public ReplayQuery withMode(Gamemode mode) {
		return new ReplayQuery(this.scoreId, this.beatmapId, this.user, mode, this.mods);
	}

	/**
	 * Returns this query for the score with exactly the given mods.
	 * @param mods the mods
	 * @return a new query
	 */
	public ReplayQuery withMods(Mods mods) {
		return new ReplayQuery(this.scoreId, this.beatmapId, this.user, this.mode, Check.notNull(mods, "mods"));
	}

}
