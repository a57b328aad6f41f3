package dev.osuv1.sample.demo;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import dev.osuv1.model.Gamemode;
import org.jspecify.annotations.Nullable;

/**
 * A made-up beatmap difficulty of the demo server.
 *
 * @param beatmapId the difficulty id
 * @param setId the set id
 * @param mode the mode it was made for
 * @param approved the ranked status id (-2 to 4)
 * @param version the difficulty name
 * @param artist the romanised artist
 * @param artistUnicode the artist in its own script, or {@code null}
 * @param title the romanised title
 * @param titleUnicode the title in its own script, or {@code null}
 * @param creator the mapper's name
 * @param creatorId the mapper's id
 * @param difficulty the settings and counts of the difficulty
 * @param submitted when it was submitted
 * @param approvedDate when it was ranked or loved, or {@code null}
 * @param updated when it was last updated
 * @param genre the genre id
 * @param language the language id
 * @param packs the beatmap packs, comma-separated, or {@code null}
 * @param fileMd5 the MD5 of its {@code .osu} file
 */
record DemoBeatmap(long beatmapId, long setId, Gamemode mode, int approved, String version, String artist,
		@Nullable String artistUnicode, String title, @Nullable String titleUnicode, String creator, long creatorId,
		Difficulty difficulty, Instant submitted, @Nullable Instant approvedDate, Instant updated, int genre,
		int language, @Nullable String packs, String fileMd5) {

	/**
	 * Returns the get_beatmaps row, reporting the given mode (the map's own, or the mode of a convert) and star
	 * ratings scaled for the requested mods.
	 */
	Map<String, @Nullable Object> wire(Gamemode reportedMode, double starFactor) {
		Difficulty d = this.difficulty;
		return Wire.row()
			.put("beatmapset_id", this.setId)
			.put("beatmap_id", this.beatmapId)
			.put("approved", this.approved)
			.put("total_length", d.totalLength())
			.put("hit_length", d.hitLength())
			.put("version", this.version)
			.put("file_md5", this.fileMd5)
			.put("diff_size", d.cs())
			.put("diff_overall", d.od())
			.put("diff_approach", d.ar())
			.put("diff_drain", d.hp())
			.put("mode", reportedMode.id())
			.put("count_normal", d.circles())
			.put("count_slider", d.sliders())
			.put("count_spinner", d.spinners())
			.put("submit_date", this.submitted)
			.put("approved_date", this.approvedDate)
			.put("last_update", this.updated)
			.put("artist", this.artist)
			.put("artist_unicode", this.artistUnicode)
			.put("title", this.title)
			.put("title_unicode", this.titleUnicode)
			.put("creator", this.creator)
			.put("creator_id", this.creatorId)
			.put("bpm", d.bpm())
			.put("source", "")
			.put("tags", "demo made-up " + this.creator.toLowerCase(Locale.ROOT))
			.put("genre_id", this.genre)
			.put("language_id", this.language)
			.put("favourite_count", 42 + this.beatmapId % 100)
			.put("rating", 8.5)
			.put("storyboard", false)
			.put("video", false)
			.put("download_unavailable", false)
			.put("audio_unavailable", false)
			.put("playcount", 1000 + this.beatmapId * 3)
			.put("passcount", 400 + this.beatmapId)
			.put("packs", this.packs)
			.put("max_combo", d.maxCombo())
			.put("diff_aim", scaled(d.aim(), starFactor))
			.put("diff_speed", scaled(d.speed(), starFactor))
			.put("difficultyrating", d.stars() * starFactor)
			.build();
	}

	/**
	 * Returns the name {@code /osu/{id}} suggests for the file.
	 */
	String fileName() {
		return this.artist + " - " + this.title + " (" + this.creator + ") [" + this.version + "].osu";
	}

	private static @Nullable Double scaled(@Nullable Double value, double factor) {
		return (value != null) ? value * factor : null;
	}

	/**
	 * The settings and object counts of a difficulty.
	 */
	record Difficulty(double stars, @Nullable Double aim, @Nullable Double speed, double bpm, int totalLength,
			int hitLength, int circles, int sliders, int spinners, @Nullable Integer maxCombo, double cs, double od,
			double ar, double hp) {
	}

}
