package dev.osuv1.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of mods, read from and written to the API's integer bitmask.
 *
 * <p>As the API does, Nightcore implies DoubleTime and Perfect implies SuddenDeath: both are added whenever a set
 * is made. Written as acronyms (see {@link #toString()}), the implied mod is hidden ({@code NC}, not
 * {@code DTNC}). Bits this version has no {@link Mod} for are kept in {@link #bits()}.
 */
public final class Mods {

	/** No mod. */
	public static final Mods NONE = new Mods(0L);

	/** The mods get_beatmaps accepts for a star rating: EZ, HR, DT, HT and FL. */
	private static final long DIFFICULTY_BITS = Mod.EZ.bit() | Mod.HR.bit() | Mod.DT.bit() | Mod.HT.bit()
			| Mod.FL.bit();

	private final long bits;

	private Mods(long bits) {
		this.bits = bits;
	}

	/**
	 * Returns the set held by a bitmask, adding DoubleTime to Nightcore and SuddenDeath to Perfect.
	 * @param bits the bitmask as the API sends it
	 * @return the mods
	 * @throws IllegalArgumentException when the bitmask is negative
	 */
	@JsonCreator
	public static Mods of(long bits) {
		if (bits < 0) {
			throw new IllegalArgumentException("mods must not be negative, but was " + bits);
		}
		long normalized = bits;
		if ((normalized & Mod.NC.bit()) != 0) {
			normalized |= Mod.DT.bit();
		}
		if ((normalized & Mod.PF.bit()) != 0) {
			normalized |= Mod.SD.bit();
		}
		return (normalized != 0) ? new Mods(normalized) : NONE;
	}

	/**
	 * Returns the set of the given mods.
	 * @param mods the mods
	 * @return the set
	 */
	public static Mods of(Mod... mods) {
		long bits = 0;
		for (Mod mod : mods) {
			bits |= mod.bit();
		}
		return of(bits);
	}

	/**
	 * Returns the set of the given mods.
	 * @param mods the mods
	 * @return the set
	 */
	public static Mods of(Collection<Mod> mods) {
		return of(mods.toArray(new Mod[0]));
	}

	/**
	 * Reads mods written by a person: acronyms run together in any case ({@code HDDT}, {@code hdnc}), {@code NM} or an
	 * empty text for none, or the integer bitmask ({@code 72}).
	 * @param text the mods
	 * @return the mods
	 * @throws IllegalArgumentException when the text holds an unknown acronym
	 */
	public static Mods parse(String text) {
		String value = text.trim();
		if (value.isEmpty() || value.equalsIgnoreCase("NM")) {
			return NONE;
		}
		if (value.chars().allMatch(Character::isDigit)) {
			try {
				return of(Long.parseLong(value));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("mods: '" + text + "' is not a valid bitmask", ex);
			}
		}
		String acronyms = value.replace("+", "").replace(",", "").replace(" ", "");
		if (acronyms.length() % 2 != 0) {
			throw new IllegalArgumentException("mods: '" + text + "' is not a list of two-letter acronyms");
		}
		long bits = 0;
		for (int i = 0; i < acronyms.length(); i += 2) {
			bits |= Mod.fromAcronym(acronyms.substring(i, i + 2).toUpperCase(Locale.ROOT)).bit();
		}
		return of(bits);
	}

	/**
	 * Returns the bitmask, as the API wants it in a {@code mods} parameter.
	 * @return the bitmask
	 */
	@JsonValue
	public long bits() {
		return this.bits;
	}

	/**
	 * Returns whether this set holds the given mod.
	 * @param mod the mod
	 * @return whether it is set
	 */
	public boolean contains(Mod mod) {
		return (this.bits & mod.bit()) != 0;
	}

	/**
	 * Returns whether this set holds no mod.
	 * @return whether the bitmask is 0
	 */
	public boolean isEmpty() {
		return this.bits == 0;
	}

	/**
	 * Returns the mods of this set, implied ones included.
	 * @return a new modifiable set
	 */
	public Set<Mod> toSet() {
		EnumSet<Mod> set = EnumSet.noneOf(Mod.class);
		for (Mod mod : Mod.values()) {
			if (contains(mod)) {
				set.add(mod);
			}
		}
		return set;
	}

	/**
	 * Returns the union of this set and another.
	 * @param other the other set, or {@code null} for none
	 * @return the union
	 */
	public Mods with(@Nullable Mods other) {
		return (other != null) ? of(this.bits | other.bits) : this;
	}

	/**
	 * Returns the set without the given mods.
	 * @param mods the mods to take away
	 * @return the remaining set
	 */
	public Mods without(Mod... mods) {
		long bits = this.bits;
		for (Mod mod : mods) {
			bits &= ~mod.bit();
		}
		return of(bits);
	}

	/**
	 * Returns the mods of this set that change a beatmap's difficulty, the only ones get_beatmaps accepts in its
	 * {@code mods} parameter: Easy, HardRock, DoubleTime, HalfTime and Flashlight. Nightcore becomes DoubleTime, which
	 * is how the API wants it sent (the same speed, so the same star rating).
	 * @return the difficulty-changing subset, {@link #NONE} when there is none
	 */
	public Mods difficultyAffecting() {
		return of(this.bits & DIFFICULTY_BITS);
	}

	/**
	 * Returns how much faster the song plays: 1.5 with DoubleTime (so with Nightcore), 0.75 with HalfTime, 1 otherwise.
	 * DoubleTime wins in the combination with HalfTime, which osu! does not allow.
	 * @return the rate of the music
	 */
	public double speedMultiplier() {
		if (contains(Mod.DT)) {
			return 1.5;
		}
		return contains(Mod.HT) ? 0.75 : 1.0;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof Mods mods) && mods.bits == this.bits;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.bits);
	}

	/**
	 * Returns the acronyms in this library's canonical order, {@code NM} for none. The order is the order of the bits,
	 * as {@link Mod} lists them: NF EZ TD HD HR SD DT RX HT NC FL AT SO AP PF 4K 5K 6K 7K 8K FI RD CN TP 9K CO 1K 3K 2K
	 * V2 MR, so the same set always reads the same ({@code Mods.parse("DTHD")} reads {@code HDDT}). DoubleTime is
	 * hidden under Nightcore and SuddenDeath under Perfect, so {@code Mods.of(576)} reads {@code NC}.
	 * {@link #parse(String)} reads the result back.
	 * @return the acronyms
	 */
	@Override
	public String toString() {
		if (this.bits == 0) {
			return "NM";
		}
		StringBuilder text = new StringBuilder();
		for (Mod mod : toSet()) {
			boolean implied = (mod == Mod.DT && contains(Mod.NC)) || (mod == Mod.SD && contains(Mod.PF));
			if (!implied) {
				text.append(mod.acronym());
			}
		}
		return text.toString();
	}

}
