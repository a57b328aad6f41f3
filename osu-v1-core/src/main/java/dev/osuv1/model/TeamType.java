package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a multiplayer game groups its players ({@code team_type} on the wire).
 */
public enum TeamType implements WireId {

	/** Head to head, 0. */
	HEAD_TO_HEAD(0),

	/** Tag co-op, 1. */
	TAG_COOP(1),

	/** Team VS, 2. */
	TEAM_VS(2),

	/** Tag team VS, 3. */
	TAG_TEAM_VS(3),

	/** A type this version does not know. */
	UNKNOWN(-1);

	/** The constants, made once: {@code values()} copies its array on every call. */
	private static final TeamType[] VALUES = values();

	private final int id;

	TeamType(int id) {
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
	 * Returns the team type with the given id, or {@link #UNKNOWN}.
	 * @param id the wire id (0-3)
	 * @return the team type
	 */
	@JsonCreator
	public static TeamType fromId(int id) {
		return WireId.find(VALUES, id, UNKNOWN);
	}

}
