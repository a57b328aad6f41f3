package dev.osuv1.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A game mode ({@code m}, {@code mode}, {@code play_mode} on the wire).
 */
public enum Gamemode implements WireId {

	/** osu! (standard), id 0. */
	OSU(0, "osu"),

	/** osu!taiko, id 1. */
	TAIKO(1, "taiko"),

	/** osu!catch (Catch the Beat), id 2. */
	FRUITS(2, "fruits"),

	/** osu!mania, id 3. */
	MANIA(3, "mania"),

	/** An id this version does not know. Never sent in a request. */
	UNKNOWN(-1, "unknown");

	/** The constants, made once: {@code values()} copies its array on every call. */
	private static final Gamemode[] VALUES = values();

	private final int id;

	private final String apiName;

	Gamemode(int id, String apiName) {
		this.id = id;
		this.apiName = apiName;
	}

	/**
	 * Returns the id the API uses for this constant.
	 * @return the wire id
	 */
	@Override
	public int id() {
		return this.id;
	}

	/**
	 * Returns the mode's name on osu! web addresses: {@code osu}, {@code taiko}, {@code fruits} or {@code mania}.
	 * @return the API name
	 */
	public String apiName() {
		return this.apiName;
	}

	/**
	 * Returns the mode with the given id, or {@link #UNKNOWN}.
	 * @param id the wire id (0-3)
	 * @return the mode
	 */
	@JsonCreator
	public static Gamemode fromId(int id) {
		return WireId.find(VALUES, id, UNKNOWN);
	}

	/**
	 * Reads a mode written by a person: its API name ({@code osu}, {@code taiko}, {@code fruits}, {@code mania}), its
	 * constant name, or its id 0-3.
	 * @param text the mode
	 * @return the mode, never {@link #UNKNOWN}
	 * @throws IllegalArgumentException when the text names no mode
	 */
	public static Gamemode parse(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		for (Gamemode mode : values()) {
			if (mode != UNKNOWN && (mode.apiName.equals(value) || mode.name().toLowerCase(Locale.ROOT).equals(value)
					|| String.valueOf(mode.id).equals(value))) {
				return mode;
			}
		}
		throw new IllegalArgumentException(
				"mode must be one of osu, taiko, fruits, mania or 0-3, but was '" + text + "'");
	}

}
