package dev.osuv1.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A get_beatmaps row as a bare Jackson client would declare it: the floor's model, all 42 fields. Numbers come
 * from the API's strings by Jackson's default coercion; dates, enums, flags and packs stay as sent.
 */
record PlainBeatmap(@JsonProperty("beatmapset_id") long beatmapsetId, @JsonProperty("beatmap_id") long beatmapId,
		@JsonProperty("approved") int approved, @JsonProperty("total_length") int totalLength,
		@JsonProperty("hit_length") int hitLength, @JsonProperty("version") String version,
		@JsonProperty("file_md5") String fileMd5, @JsonProperty("diff_size") double diffSize,
		@JsonProperty("diff_overall") double diffOverall, @JsonProperty("diff_approach") double diffApproach,
		@JsonProperty("diff_drain") double diffDrain, @JsonProperty("mode") int mode,
		@JsonProperty("count_normal") int countNormal, @JsonProperty("count_slider") int countSlider,
		@JsonProperty("count_spinner") int countSpinner, @JsonProperty("submit_date") @Nullable String submitDate,
		@JsonProperty("approved_date") @Nullable String approvedDate,
		@JsonProperty("last_update") String lastUpdate, @JsonProperty("artist") String artist,
		@JsonProperty("artist_unicode") @Nullable String artistUnicode, @JsonProperty("title") String title,
		@JsonProperty("title_unicode") @Nullable String titleUnicode, @JsonProperty("creator") String creator,
		@JsonProperty("creator_id") long creatorId, @JsonProperty("bpm") double bpm,
		@JsonProperty("source") String source, @JsonProperty("tags") String tags,
		@JsonProperty("genre_id") int genreId, @JsonProperty("language_id") int languageId,
		@JsonProperty("favourite_count") int favouriteCount, @JsonProperty("rating") double rating,
		@JsonProperty("storyboard") int storyboard, @JsonProperty("video") int video,
		@JsonProperty("download_unavailable") int downloadUnavailable,
		@JsonProperty("audio_unavailable") int audioUnavailable, @JsonProperty("playcount") long playcount,
		@JsonProperty("passcount") long passcount, @JsonProperty("packs") @Nullable String packs,
		@JsonProperty("max_combo") @Nullable Integer maxCombo, @JsonProperty("diff_aim") @Nullable Double diffAim,
		@JsonProperty("diff_speed") @Nullable Double diffSpeed,
		@JsonProperty("difficultyrating") double difficultyRating) {
}
