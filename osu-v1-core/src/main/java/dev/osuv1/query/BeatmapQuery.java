package dev.osuv1.query;

import java.time.Instant;
import java.util.regex.Pattern;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of get_beatmaps. At least one filter is needed (the API answers an unfiltered request with 500
 * arbitrary unranked maps).
 *
 * <p>{@code mode} is a filter here: {@code null} returns maps of every mode (a taiko map looked up by id with
 * {@code m=0} comes back empty). {@code mods} change only the star rating, and only the difficulty-changing
 * mods EZ, HR, DT, HT and FL give a valid one, so no other is accepted.
 *
 * @param beatmapId one difficulty ({@code b})
 * @param beatmapsetId every difficulty of a set ({@code s})
 * @param since maps ranked or loved since this instant ({@code since}; only ranked, approved, qualified and loved maps)
 * @param hash the difficulty with this {@code .osu} MD5 ({@code h}, 32 hex characters)
 * @param user maps made by this user ({@code u}; not combinable with {@code since})
 * @param mode only maps of this mode ({@code m}); {@code null} for every mode
 * @param converts whether to include converts ({@code a=1}); needs a mode
 * @param mods difficulty mods applied to the star rating ({@code mods})
 * @param limit how many maps, 1-500; {@code null} leaves the API's default of 500
 */
public record BeatmapQuery(@Nullable Long beatmapId, @Nullable Long beatmapsetId, @Nullable Instant since,
		@Nullable String hash, @Nullable UserRef user, @Nullable Gamemode mode, boolean converts, @Nullable Mods mods,
		@Nullable Integer limit) {

	/** The most get_beatmaps returns. */
	public static final int MAX_LIMIT = 500;

	private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");

	/**
	 * Creates a query, checking every parameter.
	 * @param beatmapId one difficulty ({@code b})
	 * @param beatmapsetId every difficulty of a set ({@code s})
	 * @param since maps ranked or loved since this instant ({@code since}; only ranked, approved, qualified and loved maps)
	 * @param hash the difficulty with this {@code .osu} MD5 ({@code h}, 32 hex characters)
	 * @param user maps made by this user ({@code u}; not combinable with {@code since})
	 * @param mode only maps of this mode ({@code m}); {@code null} for every mode
	 * @param converts whether to include converts ({@code a=1}); needs a mode
	 * @param mods difficulty mods applied to the star rating ({@code mods})
	 * @param limit how many maps, 1-500; {@code null} leaves the API's default of 500
	 */
	public BeatmapQuery {
		Check.positiveOrNull(beatmapId, "beatmapId");
		Check.positiveOrNull(beatmapsetId, "beatmapsetId");
		if (beatmapId == null && beatmapsetId == null && since == null && hash == null && user == null) {
			throw new IllegalArgumentException("one of beatmap id / set id / since / hash / user is required");
		}
		if (hash != null && !MD5.matcher(hash).matches()) {
			throw new IllegalArgumentException("hash must be an MD5 of 32 hex characters, but was '" + hash + "'");
		}
		if (since != null && user != null) {
			throw new IllegalArgumentException("since cannot be combined with user: the API ignores user then");
		}
		if (mode != null) {
			Check.mode(mode);
		}
		if (converts && mode == null) {
			throw new IllegalArgumentException("converts needs a mode: the API only returns converts for one mode");
		}
		Check.difficultyMods(mods);
		Check.range(limit, "limit", 1, MAX_LIMIT);
	}

	/**
	 * Returns a query for one difficulty.
	 * @param beatmapId the beatmap
	 * @return the query
	 */
	public static BeatmapQuery byBeatmapId(long beatmapId) {
		return new BeatmapQuery(beatmapId, null, null, null, null, null, false, null, null);
	}

	/**
	 * Returns a query for every difficulty of a set.
	 * @param beatmapsetId the set
	 * @return the query
	 */
	public static BeatmapQuery byBeatmapsetId(long beatmapsetId) {
		return new BeatmapQuery(null, beatmapsetId, null, null, null, null, false, null, null);
	}

	/**
	 * Returns a query for maps ranked or loved since the given instant.
	 * @param since the instant (sent in UTC, to the second)
	 * @return the query
	 */
	public static BeatmapQuery since(Instant since) {
		return new BeatmapQuery(null, null, Check.notNull(since, "since"), null, null, null, false, null, null);
	}

	/**
	 * Returns a query for the difficulty whose {@code .osu} file has the given MD5, as found in an {@code .osr}.
	 * @param md5 32 hex characters
	 * @return the query
	 */
	public static BeatmapQuery byHash(String md5) {
		return new BeatmapQuery(null, null, null, Check.notNull(md5, "hash"), null, null, false, null, null);
	}

	/**
	 * Returns a query for the maps a user made.
	 * @param user the mapper
	 * @return the query
	 */
	public static BeatmapQuery byUser(UserRef user) {
		return new BeatmapQuery(null, null, null, null, Check.notNull(user, "user"), null, false, null, null);
	}

	/**
	 * Returns this query restricted to one mode.
	 * @param mode the mode
	 * @return a new query
	 */
	public BeatmapQuery withMode(Gamemode mode) {
		return new BeatmapQuery(this.beatmapId, this.beatmapsetId, this.since, this.hash, this.user,
				Check.notNull(mode, "mode"), this.converts, this.mods, this.limit);
	}

	/**
	 * Returns this query with converts included or not.
	 * @param converts whether to include converts
	 * @return a new query
	 */
	public BeatmapQuery withConverts(boolean converts) {
		return new BeatmapQuery(this.beatmapId, this.beatmapsetId, this.since, this.hash, this.user, this.mode,
				converts, this.mods, this.limit);
	}

	/**
	 * Returns this query with star ratings for the given difficulty mods.
	 * @param mods EZ, HR, DT, HT and FL only
	 * @return a new query
	 */
	public BeatmapQuery withMods(Mods mods) {
		return new BeatmapQuery(this.beatmapId, this.beatmapsetId, this.since, this.hash, this.user, this.mode,
				this.converts, Check.notNull(mods, "mods"), this.limit);
	}

	/**
	 * Returns this query with another limit.
	 * @param limit 1-500
	 * @return a new query
	 */
	public BeatmapQuery withLimit(int limit) {
		return new BeatmapQuery(this.beatmapId, this.beatmapsetId, this.since, this.hash, this.user, this.mode,
				this.converts, this.mods, limit);
	}

}
