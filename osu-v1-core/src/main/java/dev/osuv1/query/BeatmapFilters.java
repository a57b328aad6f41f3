package dev.osuv1.query;

import java.time.Instant;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a walk over every map ranked or loved since a date
 * ({@link dev.osuv1.OsuV1Client#getBeatmapsSince(java.time.Instant, BeatmapFilters)}): the get_beatmaps parameters
 * that can go with {@code since}. {@link #none()} keeps every map.
 *
 * @param mode only maps of this mode ({@code m}); {@code null} for every mode
 * @param converts whether to include converts ({@code a=1}); needs a mode
 * @param mods difficulty mods applied to the star rating ({@code mods}): EZ, HR, DT, HT and FL only
 * @param pageSize how many maps each request asks for ({@code limit}), 1-500; {@code null} for 500
 */
public record BeatmapFilters(@Nullable Gamemode mode, boolean converts, @Nullable Mods mods,
		@Nullable Integer pageSize) {

	private static final BeatmapFilters NONE = new BeatmapFilters(null, false, null, null);

	/**
	 * Creates filters, checking every parameter.
	 * @param mode only maps of this mode ({@code m}); {@code null} for every mode
	 * @param converts whether to include converts ({@code a=1}); needs a mode
	 * @param mods difficulty mods applied to the star rating ({@code mods}): EZ, HR, DT, HT and FL only
	 * @param pageSize how many maps each request asks for ({@code limit}), 1-500; {@code null} for 500
	 */
	public BeatmapFilters {
		if (mode != null) {
			Check.mode(mode);
		}
		if (converts && mode == null) {
			throw new IllegalArgumentException("converts needs a mode: the API only returns converts for one mode");
		}
		Check.difficultyMods(mods);
		Check.range(pageSize, "pageSize", 1, BeatmapQuery.MAX_LIMIT);
	}

	/**
	 * Returns filters that keep every map, in pages of 500.
	 * @return no filters
	 */
	public static BeatmapFilters none() {
		return NONE;
	}

	/**
	 * Returns these filters restricted to one mode.
	 * @param mode the mode
	 * @return new filters
	 */
	public BeatmapFilters withMode(Gamemode mode) {
		return new BeatmapFilters(Check.notNull(mode, "mode"), this.converts, this.mods, this.pageSize);
	}

	/**
	 * Returns these filters with converts included or not.
	 * @param converts whether to include converts
	 * @return new filters
	 */
	public BeatmapFilters withConverts(boolean converts) {
		return new BeatmapFilters(this.mode, converts, this.mods, this.pageSize);
	}

	/**
	 * Returns these filters with star ratings for the given difficulty mods.
	 * @param mods EZ, HR, DT, HT and FL only
	 * @return new filters
	 */
	public BeatmapFilters withMods(Mods mods) {
		return new BeatmapFilters(this.mode, this.converts, Check.notNull(mods, "mods"), this.pageSize);
	}

	/**
	 * Returns these filters with another page size.
	 * @param pageSize 1-500
	 * @return new filters
	 */
	public BeatmapFilters withPageSize(int pageSize) {
		return new BeatmapFilters(this.mode, this.converts, this.mods, pageSize);
	}

	/**
	 * Returns the get_beatmaps query of one page.
	 * @param since the {@code since} of the page
	 * @return the query, with these filters and the page size as its limit
	 */
	public BeatmapQuery toQuery(Instant since) {
		return new BeatmapQuery(null, null, Check.notNull(since, "since"), null, null, this.mode, this.converts,
				this.mods, pageSizeOrDefault());
	}

	/**
	 * Returns the page size, 500 when none was set.
	 * @return the page size
	 */
	public int pageSizeOrDefault() {
		return (this.pageSize != null) ? this.pageSize : BeatmapQuery.MAX_LIMIT;
	}

}
