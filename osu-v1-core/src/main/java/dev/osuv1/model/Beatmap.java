package dev.osuv1.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import tools.jackson.databind.annotation.JsonDeserialize;
import org.jspecify.annotations.Nullable;

/**
 * One beatmap difficulty (a row of get_beatmaps), with all 42 fields the API sends.
 *
 * @param beatmapsetId the set that groups the difficulties
 * @param beatmapId this difficulty
 * @param approved ranked status
 * @param totalLength seconds from the first note to the last, breaks included
 * @param hitLength seconds from the first note to the last, breaks excluded
 * @param version difficulty name (can be empty)
 * @param fileMd5 MD5 of the {@code .osu} file, as hex
 * @param diffSize circle size (mania: key count)
 * @param diffOverall overall difficulty
 * @param diffApproach approach rate
 * @param diffDrain HP drain
 * @param mode game mode; with converts, the mode asked for
 * @param countNormal circles
 * @param countSlider sliders (mania: holds)
 * @param countSpinner spinners
 * @param submitDate when the map was submitted; absent from old responses
 * @param approvedDate when it was ranked, approved, qualified or loved; {@code null} otherwise
 * @param lastUpdate when it was last updated
 * @param artist romanised artist (can be empty)
 * @param artistUnicode artist in its own script; {@code null} when not set
 * @param title romanised title
 * @param titleUnicode title in its own script; {@code null} when not set
 * @param creator the mapper's name when the set was submitted (can be outdated: use {@code creatorId})
 * @param creatorId the mapper's user id
 * @param bpm beats per minute
 * @param source source (can be empty)
 * @param tags space-separated tags
 * @param genre genre
 * @param language language
 * @param favouriteCount how many users favourited the set
 * @param rating user rating, 0-10
 * @param storyboard whether the map has a storyboard
 * @param video whether the map has a video
 * @param downloadUnavailable whether downloading is disabled (old map, ...)
 * @param audioUnavailable whether the audio was taken down (DMCA, ...)
 * @param playcount plays
 * @param passcount passes
 * @param packs beatmap pack tags such as {@code R129}; empty when in no pack
 * @param maxCombo maximum combo; {@code null} for some maps (such as empty mania maps)
 * @param diffAim aim star rating; {@code null} for taiko and mania and most unranked maps
 * @param diffSpeed speed star rating; {@code null} for taiko, catch and mania and most unranked maps
 * @param difficultyRating star rating, adjusted for the {@code mods} asked for
 */
public record Beatmap(@JsonAlias("beatmapset_id") long beatmapsetId, @JsonAlias("beatmap_id") long beatmapId,
		RankStatus approved, @JsonAlias("total_length") int totalLength, @JsonAlias("hit_length") int hitLength,
		String version, @JsonAlias("file_md5") String fileMd5, @JsonAlias("diff_size") double diffSize,
		@JsonAlias("diff_overall") double diffOverall, @JsonAlias("diff_approach") double diffApproach,
		@JsonAlias("diff_drain") double diffDrain, Gamemode mode, @JsonAlias("count_normal") int countNormal,
		@JsonAlias("count_slider") int countSlider, @JsonAlias("count_spinner") int countSpinner,
		@JsonAlias("submit_date") @Nullable Instant submitDate,
		@JsonAlias("approved_date") @Nullable Instant approvedDate, @JsonAlias("last_update") Instant lastUpdate,
		String artist, @JsonAlias("artist_unicode") @Nullable String artistUnicode, String title,
		@JsonAlias("title_unicode") @Nullable String titleUnicode, String creator,
		@JsonAlias("creator_id") long creatorId, double bpm, String source, String tags,
		@JsonAlias("genre_id") Genre genre, @JsonAlias("language_id") Language language,
		@JsonAlias("favourite_count") int favouriteCount, double rating, boolean storyboard, boolean video,
		@JsonAlias("download_unavailable") boolean downloadUnavailable,
		@JsonAlias("audio_unavailable") boolean audioUnavailable, long playcount, long passcount,
		@JsonDeserialize(using = PacksDeserializer.class) List<String> packs,
		@JsonAlias("max_combo") @Nullable Integer maxCombo, @JsonAlias("diff_aim") @Nullable Double diffAim,
		@JsonAlias("diff_speed") @Nullable Double diffSpeed,
		@JsonAlias("difficultyrating") double difficultyRating) {

	/**
	 * Creates a beatmap, reading absent texts and packs as empty and absent enum ids as {@code UNKNOWN}.
	 * @param beatmapsetId the set that groups the difficulties
	 * @param beatmapId this difficulty
	 * @param approved ranked status
	 * @param totalLength seconds from the first note to the last, breaks included
	 * @param hitLength seconds from the first note to the last, breaks excluded
	 * @param version difficulty name (can be empty)
	 * @param fileMd5 MD5 of the {@code .osu} file, as hex
	 * @param diffSize circle size (mania: key count)
	 * @param diffOverall overall difficulty
	 * @param diffApproach approach rate
	 * @param diffDrain HP drain
	 * @param mode game mode; with converts, the mode asked for
	 * @param countNormal circles
	 * @param countSlider sliders (mania: holds)
	 * @param countSpinner spinners
	 * @param submitDate when the map was submitted; absent from old responses
	 * @param approvedDate when it was ranked, approved, qualified or loved; {@code null} otherwise
	 * @param lastUpdate when it was last updated
	 * @param artist romanised artist (can be empty)
	 * @param artistUnicode artist in its own script; {@code null} when not set
	 * @param title romanised title
	 * @param titleUnicode title in its own script; {@code null} when not set
	 * @param creator the mapper's name when the set was submitted (can be outdated: use {@code creatorId})
	 * @param creatorId the mapper's user id
	 * @param bpm beats per minute
	 * @param source source (can be empty)
	 * @param tags space-separated tags
	 * @param genre genre
	 * @param language language
	 * @param favouriteCount how many users favourited the set
	 * @param rating user rating, 0-10
	 * @param storyboard whether the map has a storyboard
	 * @param video whether the map has a video
	 * @param downloadUnavailable whether downloading is disabled (old map, ...)
	 * @param audioUnavailable whether the audio was taken down (DMCA, ...)
	 * @param playcount plays
	 * @param passcount passes
	 * @param packs beatmap pack tags such as {@code R129}; empty when in no pack
	 * @param maxCombo maximum combo; {@code null} for some maps (such as empty mania maps)
	 * @param diffAim aim star rating; {@code null} for taiko and mania and most unranked maps
	 * @param diffSpeed speed star rating; {@code null} for taiko, catch and mania and most unranked maps
	 * @param difficultyRating star rating, adjusted for the {@code mods} asked for
	 */
	public Beatmap {
		approved = Absent.orUnknown(approved, RankStatus.UNKNOWN);
		version = Absent.text(version);
		fileMd5 = Absent.text(fileMd5);
		mode = Absent.orUnknown(mode, Gamemode.UNKNOWN);
		lastUpdate = Absent.required(lastUpdate, "last_update");
		artist = Absent.text(artist);
		title = Absent.text(title);
		creator = Absent.text(creator);
		source = Absent.text(source);
		tags = Absent.text(tags);
		genre = Absent.orUnknown(genre, Genre.UNKNOWN);
		language = Absent.orUnknown(language, Language.UNKNOWN);
		packs = Absent.list(packs);
	}

}
