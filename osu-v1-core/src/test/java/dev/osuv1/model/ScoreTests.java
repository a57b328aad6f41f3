package dev.osuv1.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Accuracy and grade by osu!stable's rules (osu-api-v1.md section 7), with hand-worked counts.
 */
class ScoreTests {

	@Test
	void osuAccuracyWeighs300s100sAnd50s() {
		Score score = score(Gamemode.OSU, Mods.NONE, 90, 8, 2, 0, 0, 0);
		assertThat(score.accuracy()).isCloseTo((300.0 * 90 + 100 * 8 + 50 * 2) / (300.0 * 100), within(1e-12));
	}

	@Test
	void osuGradesFollowTheShareOf300s() {
		assertThat(score(Gamemode.OSU, Mods.NONE, 100, 0, 0, 0, 0, 0).computedRank()).isEqualTo(Grade.X);
		assertThat(score(Gamemode.OSU, Mods.of(Mod.HD), 100, 0, 0, 0, 0, 0).computedRank()).isEqualTo(Grade.XH);
		assertThat(score(Gamemode.OSU, Mods.NONE, 95, 5, 0, 0, 0, 0).computedRank()).isEqualTo(Grade.S);
		assertThat(score(Gamemode.OSU, Mods.of(Mod.FL), 95, 5, 0, 0, 0, 0).computedRank()).isEqualTo(Grade.SH);
		assertThat(score(Gamemode.OSU, Mods.NONE, 95, 3, 2, 0, 0, 0).computedRank()).as("too many 50s for S")
			.isEqualTo(Grade.A);
		assertThat(score(Gamemode.OSU, Mods.NONE, 95, 4, 0, 1, 0, 0).computedRank()).as("a miss").isEqualTo(Grade.A);
		assertThat(score(Gamemode.OSU, Mods.NONE, 85, 14, 0, 1, 0, 0).computedRank()).isEqualTo(Grade.B);
		assertThat(score(Gamemode.OSU, Mods.NONE, 75, 24, 0, 1, 0, 0).computedRank()).isEqualTo(Grade.C);
		assertThat(score(Gamemode.OSU, Mods.NONE, 60, 39, 0, 1, 0, 0).computedRank()).isEqualTo(Grade.D);
	}

	@Test
	void taikoCountsHalfFor100sAndIgnoresBonusCounts() {
		Score score = score(Gamemode.TAIKO, Mods.NONE, 80, 20, 0, 0, 999, 999);
		assertThat(score.accuracy()).isCloseTo(0.9, within(1e-12));
		assertThat(score.computedRank()).isEqualTo(Grade.B);
	}

	@Test
	void catchCountsCaughtObjectsAndGradesByAccuracy() {
		Score score = score(Gamemode.FRUITS, Mods.NONE, 90, 5, 4, 1, 0, 0);
		assertThat(score.accuracy()).isCloseTo(0.99, within(1e-12));
		assertThat(score.computedRank()).isEqualTo(Grade.S);
		assertThat(score(Gamemode.FRUITS, Mods.NONE, 90, 5, 4, 0, 1, 0).computedRank()).as("missed droplet counts")
			.isEqualTo(Grade.S);
		assertThat(score(Gamemode.FRUITS, Mods.NONE, 80, 5, 7, 5, 3, 0).computedRank()).isEqualTo(Grade.B);
		assertThat(score(Gamemode.FRUITS, Mods.NONE, 80, 5, 5, 5, 5, 0).computedRank()).as("0.90 is not above 0.90")
			.isEqualTo(Grade.C);
	}

	@Test
	void maniaWeighsMaxAnd200s() {
		Score score = score(Gamemode.MANIA, Mods.NONE, 50, 0, 0, 0, 10, 40);
		assertThat(score.accuracy()).isCloseTo((200.0 * 10 + 300 * 90) / (300.0 * 100), within(1e-12));
		assertThat(score.computedRank()).isEqualTo(Grade.S);
		assertThat(score(Gamemode.MANIA, Mods.of(Mod.HD), 50, 0, 0, 0, 0, 50).computedRank()).isEqualTo(Grade.XH);
	}

	@Test
	void aScoreWithoutHitsHasFullAccuracy() {
		assertThat(score(Gamemode.OSU, Mods.NONE, 0, 0, 0, 0, 0, 0).accuracy()).isEqualTo(1.0);
	}

	private static Score score(Gamemode mode, Mods mods, int n300, int n100, int n50, int misses, int katu, int geki) {
		return new Score(1L, 2L, 3L, null, 1000L, 100, n50, n100, n300, misses, katu, geki, false, mods,
				Instant.EPOCH, Grade.UNKNOWN, null, null, mode);
	}

}
