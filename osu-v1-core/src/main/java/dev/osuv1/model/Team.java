package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A player's team in a multiplayer game ({@code team} on the wire).
 */
public enum Team implements WireId {

	/** No team (the game's mode has none), 0. */
	NONE(0),

	/** Blue, 1. */
	BLUE(1),

	/** Red, 2. */
	RED(2),

	/** A team this version does not know. */
	UNKNOWN(-1);

	/** The constants, made once: {@code values()} copies its array on every call. */
	private static final Team[] VALUES = values();

	private final int id;

	Team(int id) {
		this.id = id;
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
	 * Returns the team with the given id, or {@link #UNKNOWN}.
	 * @param id the wire id (0-2)
	 * @return the team
	 */
	@JsonCreator
	public static Team fromId(int id) {
		return WireId.find(VALUES, id, UNKNOWN);
	}

}
