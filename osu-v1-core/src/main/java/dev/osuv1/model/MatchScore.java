package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * One player's result in a multiplayer game. Its {@code rank} is not a grade but an unused {@code "0"}, and its
 * {@code perfect} is unreliable.
 *
 * @param slot the player's slot, 0-15
 * @param team the player's team
 * @param userId the player
 * @param score total score
 * @param maxCombo highest combo
 * @param rank unused by the API: always 0 (not a grade)
 * @param count50 50s
 * @param count100 100s
 * @param count300 300s
 * @param countMiss misses
 * @param countGeki gekis
 * @param countKatu katus
 * @param perfect what the API calls full combo (unreliable: always false in real data)
 * @param pass whether the player passed (or revived) at the end of the map
 * @param enabledMods the player's own mods; {@code null} when the game was not free-mod
 * @param effectiveMods the game's mods and the player's together
 */
public record MatchScore(int slot, Team team, @JsonAlias("user_id") long userId, long score,
		@JsonAlias("maxcombo") int maxCombo, int rank, int count50, int count100, int count300,
		@JsonAlias("countmiss") int countMiss, @JsonAlias("countgeki") int countGeki,
		@JsonAlias("countkatu") int countKatu, boolean perfect, boolean pass,
		@JsonAlias("enabled_mods") @Nullable Mods enabledMods, Mods effectiveMods) {

	/**
	 * Creates a score; until the game's mods are known the effective mods are the player's own.
	 * @param slot the player's slot, 0-15
	 * @param team the player's team
	 * @param userId the player
	 * @param score total score
	 * @param maxCombo highest combo
	 * @param rank unused by the API: always 0 (not a grade)
	 * @param count50 50s
	 * @param count100 100s
	 * @param count300 300s
	 * @param countMiss misses
	 * @param countGeki gekis
	 * @param countKatu katus
	 * @param perfect what the API calls full combo (unreliable: always false in real data)
	 * @param pass whether the player passed (or revived) at the end of the map
	 * @param enabledMods the player's own mods; {@code null} when the game was not free-mod
	 * @param effectiveMods the game's mods and the player's together
	 */
	public MatchScore {
		team = Absent.orUnknown(team, Team.UNKNOWN);
		effectiveMods = (effectiveMods != null) ? effectiveMods : Absent.mods(enabledMods);
	}

	/**
	 * Returns the accuracy these hit counts give in the given mode, as osu!stable computes it, from 0 to 1.
	 * @param mode the game's mode, {@link MatchGame#playMode()}
	 * @return the accuracy, 0-1; 1 for a score with no hit at all
	 * @see MatchGame#accuracyOf(MatchScore)
	 */
	public double accuracy(Gamemode mode) {
		return ScoreMath.accuracy(mode, this.count300, this.count100, this.count50, this.countMiss, this.countKatu,
				this.countGeki);
	}

	/**
	 * Returns the grade these hit counts and the {@link #effectiveMods()} earn in the given mode, by osu!stable's
	 * rules. The API sends no grade for match scores ({@link #rank()} is always 0). A player who failed
	 * ({@link #pass()} false) is graded on the counts as well.
	 * @param mode the game's mode, {@link MatchGame#playMode()}
	 * @return the computed grade, never {@link Grade#F}
	 * @see MatchGame#computedRankOf(MatchScore)
	 */
	public Grade computedRank(Gamemode mode) {
		return ScoreMath.grade(mode, this.effectiveMods, this.count300, this.count100, this.count50, this.countMiss,
				this.countKatu, this.countGeki);
	}

	/**
	 * Returns this score with its effective mods set to the game's mods plus the player's own.
	 * @param gameMods the game's mods
	 * @return the completed score
	 */
	public MatchScore withGameMods(Mods gameMods) {
		return new MatchScore(this.slot, this.team, this.userId, this.score, this.maxCombo, this.rank, this.count50,
				this.count100, this.count300, this.countMiss, this.countGeki, this.countKatu, this.perfect, this.pass,
				this.enabledMods, gameMods.with(this.enabledMods));
	}

}
