package dev.osuv1.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Mod-adjusted beatmap settings, against values worked out by hand from osu!stable's formulas.
 */
class AdjustedDifficultyTests {

	private static final double EPSILON = 1e-9;

	// CS 4, AR 9, OD 8, HP 6, 180 BPM, 139 s long, 112 s of it playing
	private final Beatmap osu = beatmap(Gamemode.OSU, 4, 9, 8, 6);

	@Test
	void noModChangesNothing() {
		assertThat(AdjustedDifficulty.of(this.osu, Mods.NONE))
			.isEqualTo(new AdjustedDifficulty(4, 9, 8, 6, 180, 139, 112));
		assertThat(AdjustedDifficulty.of(this.osu, Mods.of(Mod.HD, Mod.FL, Mod.NF)))
			.isEqualTo(new AdjustedDifficulty(4, 9, 8, 6, 180, 139, 112));
	}

	@Test
	void hardRockMultipliesAndCapsAtTen() {
		AdjustedDifficulty hardRock = AdjustedDifficulty.of(this.osu, Mods.of(Mod.HR));
		assertThat(hardRock.circleSize()).isCloseTo(5.2, within(EPSILON));
		assertThat(hardRock.approachRate()).as("9 x 1.4 = 12.6, capped").isEqualTo(10);
		assertThat(hardRock.overallDifficulty()).as("8 x 1.4 = 11.2, capped").isEqualTo(10);
		assertThat(hardRock.drainRate()).isCloseTo(8.4, within(EPSILON));
		assertThat(hardRock.bpm()).isEqualTo(180);
	}

	@Test
	void easyHalvesEverything() {
		assertThat(AdjustedDifficulty.of(this.osu, Mods.of(Mod.EZ)))
			.isEqualTo(new AdjustedDifficulty(2, 4.5, 4, 3, 180, 139, 112));
	}

	@Test
	void doubleTimeShortensTheApproachAndTheHitWindow() {
		AdjustedDifficulty doubleTime = AdjustedDifficulty.of(this.osu, Mods.of(Mod.DT));
		// AR 9: 1950 - 150 x 9 = 600 ms, / 1.5 = 400 ms, (1950 - 400) / 150 = 10.333
		assertThat(doubleTime.approachRate()).isCloseTo(31.0 / 3, within(EPSILON));
		// OD 8: 80 - 6 x 8 = 32 ms, / 1.5 = 21.333 ms, (80 - 21.333) / 6 = 9.778
		assertThat(doubleTime.overallDifficulty()).isCloseTo(88.0 / 9, within(EPSILON));
		assertThat(doubleTime.circleSize()).isEqualTo(4);
		assertThat(doubleTime.drainRate()).isEqualTo(6);
		assertThat(doubleTime.bpm()).isEqualTo(270);
		assertThat(doubleTime.totalLength()).isCloseTo(92.667, within(0.001));
		assertThat(doubleTime.hitLength()).isCloseTo(74.667, within(0.001));
		assertThat(AdjustedDifficulty.of(this.osu, Mods.of(Mod.NC))).as("nightcore is as fast").isEqualTo(doubleTime);
	}

	@Test
	void halfTimeLengthensThem() {
		AdjustedDifficulty halfTime = AdjustedDifficulty.of(this.osu, Mods.of(Mod.HT));
		// AR 9: 600 ms / 0.75 = 800 ms, (1950 - 800) / 150 = 7.667
		assertThat(halfTime.approachRate()).isCloseTo(23.0 / 3, within(EPSILON));
		// OD 8: 32 ms / 0.75 = 42.667 ms, (80 - 42.667) / 6 = 6.222
		assertThat(halfTime.overallDifficulty()).isCloseTo(56.0 / 9, within(EPSILON));
		assertThat(halfTime.bpm()).isEqualTo(135);
		assertThat(halfTime.totalLength()).isCloseTo(185.333, within(0.001));
		// AR 4 is below 5: 1800 - 120 x 4 = 1320 ms, / 0.75 = 1760 ms, (1800 - 1760) / 120 = 0.333
		assertThat(AdjustedDifficulty.of(beatmap(Gamemode.OSU, 4, 4, 8, 6), Mods.of(Mod.HT)).approachRate())
			.isCloseTo(1.0 / 3, within(EPSILON));
	}

	@Test
	void hardRockAppliesBeforeTheSpeedAndResultsAreNotCapped() {
		AdjustedDifficulty both = AdjustedDifficulty.of(this.osu, Mods.of(Mod.HR, Mod.DT));
		// AR 10: 450 ms / 1.5 = 300 ms, (1950 - 300) / 150 = 11
		assertThat(both.approachRate()).isCloseTo(11, within(EPSILON));
		// OD 10: 20 ms / 1.5 = 13.333 ms, (80 - 13.333) / 6 = 11.111
		assertThat(both.overallDifficulty()).isCloseTo(100.0 / 9, within(EPSILON));
		// EZ HT: AR 4.5 -> 1260 ms -> 1680 ms -> (1800 - 1680) / 120 = 1
		assertThat(AdjustedDifficulty.of(this.osu, Mods.of(Mod.EZ, Mod.HT)).approachRate()).isCloseTo(1,
				within(EPSILON));
	}

	@Test
	void taikoUsesItsOwnHitWindow() {
		// OD 5: great window 50 - 3 x 5 = 35 ms, / 1.5 = 23.333 ms, (50 - 23.333) / 3 = 8.889
		AdjustedDifficulty taiko = AdjustedDifficulty.of(beatmap(Gamemode.TAIKO, 2, 5, 5, 5), Mods.of(Mod.DT));
		assertThat(taiko.overallDifficulty()).isCloseTo(80.0 / 9, within(EPSILON));
	}

	@Test
	void maniaKeepsItsKeyCountAndItsOverallDifficultyUnderSpeedMods() {
		Beatmap mania = beatmap(Gamemode.MANIA, 7, 5, 8, 8);
		AdjustedDifficulty hardRock = AdjustedDifficulty.of(mania, Mods.of(Mod.HR));
		assertThat(hardRock.circleSize()).isEqualTo(7);
		assertThat(hardRock.overallDifficulty()).isEqualTo(10);
		AdjustedDifficulty doubleTime = AdjustedDifficulty.of(mania, Mods.of(Mod.DT));
		assertThat(doubleTime.circleSize()).isEqualTo(7);
		assertThat(doubleTime.overallDifficulty()).isEqualTo(8);
		assertThat(doubleTime.bpm()).isEqualTo(270);
	}

	private static Beatmap beatmap(Gamemode mode, double cs, double ar, double od, double hp) {
		return new Beatmap(1L, 2L, RankStatus.RANKED, 139, 112, "Hard", "0123456789abcdef0123456789abcdef", cs, od, ar,
				hp, mode, 100, 50, 1, null, null, Instant.EPOCH, "artist", null, "title", null, "creator", 3L, 180,
				"", "", Genre.UNKNOWN, Language.UNKNOWN, 0, 0, false, false, false, false, 0, 0, List.of(), null, null,
				null, 5.0);
	}

}
