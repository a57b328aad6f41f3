package dev.osuv1.query;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks the queries share; each message names the parameter and what it allows.
 */
final class Check {

	private static final Mods DIFFICULTY_MODS = Mods.of(Mod.EZ, Mod.HR, Mod.DT, Mod.HT, Mod.FL);

	private Check() {
	}

	static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	static long positive(long value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be a positive id, but was " + value);
		}
		return value;
	}

	static @Nullable Long positiveOrNull(@Nullable Long value, String name) {
		return (value != null) ? positive(value, name) : null;
	}

	static @Nullable Integer range(@Nullable Integer value, String name, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", but was " + value);
		}
		return value;
	}

	static Gamemode mode(@Nullable Gamemode mode) {
		notNull(mode, "mode");
		if (mode == Gamemode.UNKNOWN) {
			throw new IllegalArgumentException("mode must be one of OSU, TAIKO, FRUITS or MANIA, but was UNKNOWN");
		}
		return mode;
	}

	/** get_beatmaps gives a valid star rating only for the difficulty-changing mods. */
	static @Nullable Mods difficultyMods(@Nullable Mods mods) {
		if (mods != null && (mods.bits() & ~DIFFICULTY_MODS.bits()) != 0) {
			throw new IllegalArgumentException(
					"mods must hold only EZ, HR, DT, HT or FL (others give no valid star rating), but was " + mods);
		}
		return mods;
	}

}
