package dev.osuv1.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * One map played in a multiplayer match.
 *
 * @param gameId the game id
 * @param startTime when it started
 * @param endTime when it ended; {@code null} for an aborted game (which then has no scores)
 * @param beatmapId the beatmap
 * @param playMode the lobby's mode (can differ from the beatmap's)
 * @param matchType undocumented, always 0 in real data
 * @param scoringType the winning condition
 * @param teamType how players are grouped
 * @param mods the mods every player had
 * @param scores the players' results, each with its {@link MatchScore#effectiveMods()} filled in
 */
public record MatchGame(@JsonAlias("game_id") long gameId, @JsonAlias("start_time") Instant startTime,
		@JsonAlias("end_time") @Nullable Instant endTime, @JsonAlias("beatmap_id") long beatmapId,
		@JsonAlias("play_mode") Gamemode playMode, @JsonAlias("match_type") int matchType,
		@JsonAlias("scoring_type") ScoringType scoringType, @JsonAlias("team_type") TeamType teamType, Mods mods,
		List<MatchScore> scores) {

	/**
	 * Creates a game, giving each score the game's mods.
	 * @param gameId the game id
	 * @param startTime when it started
	 * @param endTime when it ended; {@code null} for an aborted game (which then has no scores)
	 * @param beatmapId the beatmap
	 * @param playMode the lobby's mode (can differ from the beatmap's)
	 * @param matchType undocumented, always 0 in real data
	 * @param scoringType the winning condition
	 * @param teamType how players are grouped
	 * @param mods the mods every player had
	 * @param scores the players' results, each with its {@link MatchScore#effectiveMods()} filled in
	 */
	public MatchGame {
		startTime = Absent.required(startTime, "start_time");
		playMode = Absent.orUnknown(playMode, Gamemode.UNKNOWN);
		scoringType = Absent.orUnknown(scoringType, ScoringType.UNKNOWN);
		teamType = Absent.orUnknown(teamType, TeamType.UNKNOWN);
		Mods gameMods = Absent.mods(mods);
		mods = gameMods;
		scores = Absent.list(scores).stream().map((score) -> score.withGameMods(gameMods)).toList();
	}

	/**
	 * Returns the accuracy of a player's result in this game's mode.
	 * @param score one of this game's {@link #scores()}
	 * @return the accuracy, 0-1
	 */
	public double accuracyOf(MatchScore score) {
		return score.accuracy(this.playMode);
	}

	/**
	 * Returns the grade of a player's result in this game's mode, with the game's and the player's mods.
	 * @param score one of this game's {@link #scores()}
	 * @return the computed grade, never {@link Grade#F}
	 */
	public Grade computedRankOf(MatchScore score) {
		return score.computedRank(this.playMode);
	}

	/**
	 * Returns whether the game was aborted: it has no end time.
	 * @return whether it was aborted
	 */
	public boolean aborted() {
		return this.endTime == null;
	}

}
