package dev.osuv1.benchmarks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A get_user row as a bare Jackson client would declare it: the floor's model. Numbers come from the API's strings
 * by Jackson's default coercion; dates stay text; no custom deserializer.
 */
record PlainUser(@JsonProperty("user_id") long userId, @JsonProperty("username") String username,
		@JsonProperty("join_date") @Nullable String joinDate, @JsonProperty("count300") long count300,
		@JsonProperty("count100") long count100, @JsonProperty("count50") long count50,
		@JsonProperty("playcount") long playcount, @JsonProperty("ranked_score") long rankedScore,
		@JsonProperty("total_score") long totalScore, @JsonProperty("pp_rank") int ppRank,
		@JsonProperty("level") double level, @JsonProperty("pp_raw") double ppRaw,
		@JsonProperty("accuracy") double accuracy, @JsonProperty("count_rank_ss") int countRankSs,
		@JsonProperty("count_rank_ssh") int countRankSsh, @JsonProperty("count_rank_s") int countRankS,
		@JsonProperty("count_rank_sh") int countRankSh, @JsonProperty("count_rank_a") int countRankA,
		@JsonProperty("country") String country, @JsonProperty("total_seconds_played") long totalSecondsPlayed,
		@JsonProperty("pp_country_rank") int ppCountryRank, @JsonProperty("events") List<PlainEvent> events) {

	/**
	 * An event row, likewise plain.
	 */
	record PlainEvent(@JsonProperty("display_html") String displayHtml, @JsonProperty("beatmap_id") long beatmapId,
			@JsonProperty("beatmapset_id") long beatmapsetId, @JsonProperty("date") String date,
			@JsonProperty("epicfactor") int epicfactor) {
	}

}
