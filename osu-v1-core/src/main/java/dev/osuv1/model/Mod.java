package dev.osuv1.model;

/**
 * One game modifier, with its bit in the API's {@code enabled_mods} / {@code mods} bitmask and its acronym.
 */
public enum Mod {

	/** NoFail. */
	NF(1L, "NoFail"),

	/** Easy. */
	EZ(1L << 1, "Easy"),

	/** TouchDevice (the bit once called NoVideo). */
	TD(1L << 2, "TouchDevice"),

	/** Hidden. */
	HD(1L << 3, "Hidden"),

	/** HardRock. */
	HR(1L << 4, "HardRock"),

	/** SuddenDeath. */
	SD(1L << 5, "SuddenDeath"),

	/** DoubleTime. */
	DT(1L << 6, "DoubleTime"),

	/** Relax. */
	RX(1L << 7, "Relax"),

	/** HalfTime. */
	HT(1L << 8, "HalfTime"),

	/** Nightcore; the API always sets DoubleTime with it. */
	NC(1L << 9, "Nightcore"),

	/** Flashlight. */
	FL(1L << 10, "Flashlight"),

	/** Autoplay. */
	AT(1L << 11, "Autoplay"),

	/** SpunOut. */
	SO(1L << 12, "SpunOut"),

	/** Autopilot (Relax2). */
	AP(1L << 13, "Autopilot"),

	/** Perfect; the API always sets SuddenDeath with it. */
	PF(1L << 14, "Perfect"),

	/** 4 keys. */
	K4(1L << 15, "Key4", "4K"),

	/** 5 keys. */
	K5(1L << 16, "Key5", "5K"),

	/** 6 keys. */
	K6(1L << 17, "Key6", "6K"),

	/** 7 keys. */
	K7(1L << 18, "Key7", "7K"),

	/** 8 keys. */
	K8(1L << 19, "Key8", "8K"),

	/** FadeIn. */
	FI(1L << 20, "FadeIn"),

	/** Random. */
	RD(1L << 21, "Random"),

	/** Cinema. */
	CN(1L << 22, "Cinema"),

	/** Target Practice. */
	TP(1L << 23, "Target"),

	/** 9 keys. */
	K9(1L << 24, "Key9", "9K"),

	/** Key co-op. */
	CO(1L << 25, "KeyCoop"),

	/** 1 key. */
	K1(1L << 26, "Key1", "1K"),

	/** 3 keys (the API's bit order is Key1, Key3, Key2). */
	K3(1L << 27, "Key3", "3K"),

	/** 2 keys. */
	K2(1L << 28, "Key2", "2K"),

	/** ScoreV2. */
	V2(1L << 29, "ScoreV2"),

	/** Mirror. */
	MR(1L << 30, "Mirror");

	private final long bit;

	private final String displayName;

	private final String acronym;

	Mod(long bit, String displayName) {
		this.bit = bit;
		this.displayName = displayName;
		this.acronym = name();
	}

	Mod(long bit, String displayName, String acronym) {
		this.bit = bit;
		this.displayName = displayName;
		this.acronym = acronym;
	}

	/**
	 * Returns this mod's bit in the API's bitmask.
	 * @return a single set bit
	 */
	public long bit() {
		return this.bit;
	}

	/**
	 * Returns the two-character acronym osu! shows, such as {@code HD} or {@code 4K}.
	 * @return the acronym
	 */
	public String acronym() {
		return this.acronym;
	}

	/**
	 * Returns the name the API documentation gives this mod, such as {@code Hidden}.
	 * @return the name
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * Finds the mod with the given acronym, ignoring case.
	 * @param acronym an acronym such as {@code hd}
	 * @return the mod
	 * @throws IllegalArgumentException when no mod has that acronym
	 */
	public static Mod fromAcronym(String acronym) {
		for (Mod mod : values()) {
			if (mod.acronym.equalsIgnoreCase(acronym)) {
				return mod;
			}
		}
		throw new IllegalArgumentException("mods: unknown mod acronym '" + acronym + "'");
	}

}
