package dev.osuv1.model;

/**
 * A beatmap's settings as they play with mods. The API does not adjust {@code diff_size}, {@code diff_approach},
 * {@code diff_overall}, {@code diff_drain}, {@code bpm} or the lengths for mods (only the star rating), so
 * {@link #of(Beatmap, Mods)} does it with osu!stable's rules:
 * <ul>
 * <li>HardRock: circle size ×1.3, approach rate, overall difficulty and drain ×1.4, each capped at 10. Easy: all four
 * ×0.5. osu!mania's circle size is its key count and is never changed.</li>
 * <li>DoubleTime, Nightcore and HalfTime play the song at {@link Mods#speedMultiplier()}: the approach time and hit
 * window stay the same in song time, so in real time they shrink (or grow) by that factor, and the approach rate and
 * overall difficulty are those whose timings match. Approach time in ms:
 * {@code AR < 5 ? 1800 - 120·AR : 1950 - 150·AR} (1200 ms at AR 5). Hit window of a 300 in ms: {@code 80 - 6·OD} (osu!taiko's great: {@code 50 - 3·OD}); osu!mania's
 * overall difficulty is left as it is. Results are not capped, so DoubleTime takes AR 10 to 11 and OD 10 to 11.11.</li>
 * <li>BPM is multiplied and lengths divided by the speed.</li>
 * </ul>
 * HardRock and Easy apply before the speed.
 *
 * @param circleSize circle size (osu!mania: keys)
 * @param approachRate approach rate
 * @param overallDifficulty overall difficulty
 * @param drainRate HP drain
 * @param bpm beats per minute
 * @param totalLength seconds from the first note to the last, breaks included, in real time
 * @param hitLength seconds from the first note to the last, breaks excluded, in real time
 */
public record AdjustedDifficulty(double circleSize, double approachRate, double overallDifficulty, double drainRate,
		double bpm, double totalLength, double hitLength) {

	private static final double HARD_ROCK = 1.4;

	private static final double HARD_ROCK_CIRCLE_SIZE = 1.3;

	private static final double EASY = 0.5;

	private static final double MAX = 10;

	/**
	 * Returns a beatmap's settings with the given mods, in the beatmap's mode.
	 * @param beatmap the beatmap, as get_beatmaps returns it (its values are never adjusted by the API)
	 * @param mods the mods
	 * @return the adjusted settings
	 */
	public static AdjustedDifficulty of(Beatmap beatmap, Mods mods) {
		boolean mania = beatmap.mode() == Gamemode.MANIA;
		double circleSize = mania ? beatmap.diffSize() : scale(beatmap.diffSize(), mods, HARD_ROCK_CIRCLE_SIZE);
		double approachRate = scale(beatmap.diffApproach(), mods, HARD_ROCK);
		double overallDifficulty = scale(beatmap.diffOverall(), mods, HARD_ROCK);
		double drainRate = scale(beatmap.diffDrain(), mods, HARD_ROCK);
		double speed = mods.speedMultiplier();
		if (speed != 1.0) {
			approachRate = approachRate(approachTime(approachRate) / speed);
			if (beatmap.mode() == Gamemode.TAIKO) {
				overallDifficulty = (50 - (50 - 3 * overallDifficulty) / speed) / 3;
			}
			else if (!mania) {
				overallDifficulty = (80 - (80 - 6 * overallDifficulty) / speed) / 6;
			}
		}
		return new AdjustedDifficulty(circleSize, approachRate, overallDifficulty, drainRate, beatmap.bpm() * speed,
				beatmap.totalLength() / speed, beatmap.hitLength() / speed);
	}

	private static double scale(double value, Mods mods, double hardRock) {
		double scaled = value;
		if (mods.contains(Mod.HR)) {
			scaled = Math.min(scaled * hardRock, MAX);
		}
		if (mods.contains(Mod.EZ)) {
			scaled = scaled * EASY;
		}
		return scaled;
	}

	/** How long before its time a hit object appears, in ms. */
	private static double approachTime(double approachRate) {
		return (approachRate < 5) ? 1800 - 120 * approachRate : 1950 - 150 * approachRate;
	}

	private static double approachRate(double approachTime) {
		return (approachTime > 1200) ? (1800 - approachTime) / 120 : (1950 - approachTime) / 150;
	}

}
