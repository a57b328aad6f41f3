package dev.osuv1.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * A user's profile in one game mode (get_user).
 *
 * <p>Every statistic is {@code null} when the user never played the mode; it is never turned into 0.
 *
 * @param userId the user id
 * @param username the current name
 * @param joinDate when the account was made; absent from very old responses
 * @param count300 300s over all ranked, approved and loved plays
 * @param count100 100s, likewise
 * @param count50 50s, likewise
 * @param playcount plays of ranked, approved and loved beatmaps
 * @param rankedScore ranked score (exceeds 32 bits)
 * @param totalScore total score (exceeds 32 bits)
 * @param ppRank global rank; inactive users keep a rank while {@code ppRaw} is 0
 * @param level level; the fraction is the progress to the next one
 * @param ppRaw performance points; 0 for inactive users
 * @param accuracy weighted overall accuracy in percent (0-100)
 * @param countRankSs SS grades
 * @param countRankSsh silver SS grades
 * @param countRankS S grades
 * @param countRankSh silver S grades
 * @param countRankA A grades
 * @param country ISO 3166-1 alpha-2 country code
 * @param totalSecondsPlayed time played, in seconds
 * @param ppCountryRank rank in the user's country
 * @param events recent activity, within {@code event_days} of now
 */
public record User(@JsonAlias("user_id") long userId, String username, @JsonAlias("join_date") @Nullable Instant joinDate,
		@Nullable Long count300, @Nullable Long count100, @Nullable Long count50, @Nullable Long playcount,
		@JsonAlias("ranked_score") @Nullable Long rankedScore, @JsonAlias("total_score") @Nullable Long totalScore,
		@JsonAlias("pp_rank") @Nullable Integer ppRank, @Nullable Double level, @JsonAlias("pp_raw") @Nullable Double ppRaw,
		@Nullable Double accuracy, @JsonAlias("count_rank_ss") @Nullable Integer countRankSs,
		@JsonAlias("count_rank_ssh") @Nullable Integer countRankSsh,
		@JsonAlias("count_rank_s") @Nullable Integer countRankS,
		@JsonAlias("count_rank_sh") @Nullable Integer countRankSh,
		@JsonAlias("count_rank_a") @Nullable Integer countRankA, String country,
		@JsonAlias("total_seconds_played") @Nullable Long totalSecondsPlayed,
		@JsonAlias("pp_country_rank") @Nullable Integer ppCountryRank, List<UserEvent> events) {

	/**
	 * Creates a user, reading absent texts and events as empty.
	 * @param userId the user id
	 * @param username the current name
	 * @param joinDate when the account was made; absent from very old responses
	 * @param count300 300s over all ranked, approved and loved plays
	 * @param count100 100s, likewise
	 * @param count50 50s, likewise
	 * @param playcount plays of ranked, approved and loved beatmaps
	 * @param rankedScore ranked score (exceeds 32 bits)
	 * @param totalScore total score (exceeds 32 bits)
	 * @param ppRank global rank; inactive users keep a rank while {@code ppRaw} is 0
	 * @param level level; the fraction is the progress to the next one
	 * @param ppRaw performance points; 0 for inactive users
	 * @param accuracy weighted overall accuracy in percent (0-100)
	 * @param countRankSs SS grades
	 * @param countRankSsh silver SS grades
	 * @param countRankS S grades
	 * @param countRankSh silver S grades
	 * @param countRankA A grades
	 * @param country ISO 3166-1 alpha-2 country code
	 * @param totalSecondsPlayed time played, in seconds
	 * @param ppCountryRank rank in the user's country
	 * @param events recent activity, within {@code event_days} of now
	 */
	public User {
		username = Absent.text(username);
		country = Absent.text(country);
		events = Absent.list(events);
	}

	/**
	 * Returns whether the API sent statistics for this mode, false when the user never played it.
	 * @return whether {@link #playcount()} is known
	 */
	public boolean hasStatistics() {
		return this.playcount != null;
	}

}
