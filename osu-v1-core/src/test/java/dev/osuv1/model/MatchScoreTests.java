package dev.osuv1.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Accuracy and grade of match scores: the same rules as for {@link Score}, in the game's mode and with the game's mods
 * and the player's together.
 */
class MatchScoreTests {

	@Test
	void accuracyFollowsTheModeItIsAskedFor() {
		MatchScore score = score(90, 8, 2, 0, 0, 0, null);
		assertThat(score.accuracy(Gamemode.OSU)).isCloseTo((300.0 * 90 + 100 * 8 + 50 * 2) / 30000, within(1e-12));
		assertThat(score.accuracy(Gamemode.FRUITS)).isCloseTo(1.0, within(1e-12));
		assertThat(score(80, 20, 0, 0, 0, 0, null).accuracy(Gamemode.TAIKO)).isCloseTo(0.9, within(1e-12));
	}

	@Test
	void gradeUsesTheGamesModsAndThePlayersTogether() {
		MatchScore noMod = score(95, 5, 0, 0, 0, 0, null);
		assertThat(noMod.computedRank(Gamemode.OSU)).isEqualTo(Grade.S);
		MatchGame hiddenGame = game(Gamemode.OSU, Mods.of(Mod.HD), noMod);
		assertThat(hiddenGame.computedRankOf(hiddenGame.scores().get(0))).isEqualTo(Grade.SH);
		MatchGame freeMod = game(Gamemode.OSU, Mods.NONE, score(95, 5, 0, 0, 0, 0, Mods.of(Mod.FL)));
		assertThat(freeMod.computedRankOf(freeMod.scores().get(0))).isEqualTo(Grade.SH);
	}

	@Test
	void theGameGradesInItsOwnMode() {
		// 96 % in catch is an A there (above 94 %), while in osu! 90 300s of 100 with a miss is a B
		MatchGame catchGame = game(Gamemode.FRUITS, Mods.NONE, score(90, 6, 0, 4, 0, 0, null));
		MatchScore played = catchGame.scores().get(0);
		assertThat(catchGame.accuracyOf(played)).isCloseTo(0.96, within(1e-12));
		assertThat(catchGame.computedRankOf(played)).isEqualTo(Grade.A);
		assertThat(played.computedRank(Gamemode.OSU)).isEqualTo(Grade.B);
	}

	private static MatchScore score(int n300, int n100, int n50, int misses, int katu, int geki, Mods mods) {
		return new MatchScore(0, Team.NONE, 2L, 100000L, 100, 0, n50, n100, n300, misses, geki, katu, false, true,
				mods, null);
	}

	private static MatchGame game(Gamemode mode, Mods mods, MatchScore score) {
		return new MatchGame(1L, Instant.EPOCH, Instant.EPOCH, 3L, mode, 0, ScoringType.SCORE, TeamType.HEAD_TO_HEAD,
				mods, List.of(score));
	}

}
