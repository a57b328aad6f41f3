package dev.osuv1.model;

/**
 * osu!stable's accuracy and grade rules per mode (osu-api-v1.md section 7), which reproduce the API's grades.
 */
final class ScoreMath {

	private ScoreMath() {
	}

	static double accuracy(Gamemode mode, int n300, int n100, int n50, int misses, int katu, int geki) {
		return switch (mode) {
			case TAIKO -> ratio(300.0 * n300 + 150.0 * n100, 300.0 * ((long) n300 + n100 + n50 + misses));
			case FRUITS -> ratio((double) n50 + n100 + n300, (double) n50 + n100 + n300 + misses + katu);
			case MANIA -> ratio(50.0 * n50 + 100.0 * n100 + 200.0 * katu + 300.0 * ((long) n300 + geki),
					300.0 * ((long) n50 + n100 + n300 + misses + geki + katu));
			default -> ratio(300.0 * n300 + 100.0 * n100 + 50.0 * n50, 300.0 * ((long) n300 + n100 + n50 + misses));
		};
	}

	static Grade grade(Gamemode mode, Mods mods, int n300, int n100, int n50, int misses, int katu, int geki) {
		boolean silver = mods.contains(Mod.HD) || mods.contains(Mod.FL);
		return switch (mode) {
			case FRUITS -> byAccuracy(accuracy(mode, n300, n100, n50, misses, katu, geki), silver, 0.98, 0.94, 0.90,
					0.85);
			case MANIA -> byAccuracy(accuracy(mode, n300, n100, n50, misses, katu, geki), silver, 0.95, 0.90, 0.80,
					0.70);
			default -> byHitRatios(n300, n100, n50, misses, silver);
		};
	}

	// osu! and taiko grade by the share of 300s and 50s; stable computes both ratios as 32-bit floats.
	private static Grade byHitRatios(int n300, int n100, int n50, int misses, boolean silver) {
		int total = n300 + n100 + n50 + misses;
		if (total == 0) {
			return silver ? Grade.XH : Grade.X;
		}
		float r300 = (float) n300 / total;
		float r50 = (float) n50 / total;
		if (r300 == 1.0f) {
			return silver ? Grade.XH : Grade.X;
		}
		if (r300 > 0.9f && r50 <= 0.01f && misses == 0) {
			return silver ? Grade.SH : Grade.S;
		}
		if ((r300 > 0.8f && misses == 0) || r300 > 0.9f) {
			return Grade.A;
		}
		if ((r300 > 0.7f && misses == 0) || r300 > 0.8f) {
			return Grade.B;
		}
		return (r300 > 0.6f) ? Grade.C : Grade.D;
	}

	private static Grade byAccuracy(double accuracy, boolean silver, double s, double a, double b, double c) {
		if (accuracy == 1.0) {
			return silver ? Grade.XH : Grade.X;
		}
		if (accuracy > s) {
			return silver ? Grade.SH : Grade.S;
		}
		if (accuracy > a) {
			return Grade.A;
		}
		if (accuracy > b) {
			return Grade.B;
		}
		return (accuracy > c) ? Grade.C : Grade.D;
	}

	private static double ratio(double numerator, double denominator) {
		return (denominator > 0) ? numerator / denominator : 1.0;
	}

}
