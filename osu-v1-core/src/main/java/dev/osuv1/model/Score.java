package dev.osuv1.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A score, as get_scores, get_user_best and get_user_recent return it. Fields an endpoint does not send are
 * {@code null}; {@link #mode()} is the mode the request asked for (v1 score rows carry none) and get_scores rows
 * take {@link #beatmapId()} from the request.
 *
 * @param scoreId the per-mode legacy score id; {@code null} for get_user_recent plays that were not stored as a best
 * @param beatmapId the beatmap
 * @param userId the player
 * @param username the player's name; only get_scores sends it
 * @param score total score
 * @param maxCombo highest combo
 * @param count50 50s (catch: droplets)
 * @param count100 100s (taiko: 150s; catch: drops)
 * @param count300 300s (catch: fruits)
 * @param countMiss misses
 * @param countKatu katus (mania: 200s; catch: missed droplets)
 * @param countGeki gekis (mania: MAX)
 * @param perfect whether the map's maximum combo was reached
 * @param mods the mods played with
 * @param date when it was set (UTC)
 * @param rank the grade the server gave, {@link Grade#F} for failed plays
 * @param pp performance points; get_user_recent does not send them and get_scores may not for loved maps
 * @param replayAvailable whether a replay can be fetched; {@code null} from get_user_recent
 * @param mode the game mode the request asked for
 */
public record Score(@JsonAlias("score_id") @Nullable Long scoreId,
		@JsonAlias("beatmap_id") @JacksonInject(value = "beatmapId", optional = OptBoolean.TRUE,
				useInput = OptBoolean.TRUE) long beatmapId,
		@JsonAlias("user_id") long userId, @Nullable String username, long score,
		@JsonAlias("maxcombo") int maxCombo, int count50, int count100, int count300,
		@JsonAlias("countmiss") int countMiss, @JsonAlias("countkatu") int countKatu,
		@JsonAlias("countgeki") int countGeki, boolean perfect, @JsonAlias("enabled_mods") Mods mods, Instant date,
		Grade rank, @Nullable Double pp, @JsonAlias("replay_available") @Nullable Boolean replayAvailable,
		@JacksonInject(value = "mode", optional = OptBoolean.TRUE, useInput = OptBoolean.TRUE) Gamemode mode) {

	/**
	 * Creates a score, reading absent mods as none and an absent grade or mode as {@code UNKNOWN}.
	 * @param scoreId the per-mode legacy score id; {@code null} for get_user_recent plays that were not stored as a best
	 * @param beatmapId the beatmap
	 * @param userId the player
	 * @param username the player's name; only get_scores sends it
	 * @param score total score
	 * @param maxCombo highest combo
	 * @param count50 50s (catch: droplets)
	 * @param count100 100s (taiko: 150s; catch: drops)
	 * @param count300 300s (catch: fruits)
	 * @param countMiss misses
	 * @param countKatu katus (mania: 200s; catch: missed droplets)
	 * @param countGeki gekis (mania: MAX)
	 * @param perfect whether the map's maximum combo was reached
	 * @param mods the mods played with
	 * @param date when it was set (UTC)
	 * @param rank the grade the server gave, {@link Grade#F} for failed plays
	 * @param pp performance points; get_user_recent does not send them and get_scores may not for loved maps
	 * @param replayAvailable whether a replay can be fetched; {@code null} from get_user_recent
	 * @param mode the game mode the request asked for
	 */
	public Score {
		mods = Absent.mods(mods);
		date = Absent.required(date, "date");
		rank = Absent.orUnknown(rank, Grade.UNKNOWN);
		mode = Absent.orUnknown(mode, Gamemode.UNKNOWN);
	}

	/**
	 * Returns the accuracy these hit counts give in this score's mode, as osu!stable computes it, from 0 to 1. A score
	 * with no hit at all has accuracy 1, as in osu!.
	 * @return the accuracy, 0-1
	 */
	public double accuracy() {
		return ScoreMath.accuracy(this.mode, this.count300, this.count100, this.count50, this.countMiss,
				this.countKatu, this.countGeki);
	}

	/**
	 * Returns the grade these hit counts and mods earn, by osu!stable's rules; it matches {@link #rank()} for every
	 * play that was not failed.
	 * @return the computed grade, never {@link Grade#F}
	 */
	public Grade computedRank() {
		return ScoreMath.grade(this.mode, this.mods, this.count300, this.count100, this.count50, this.countMiss,
				this.countKatu, this.countGeki);
	}

}
