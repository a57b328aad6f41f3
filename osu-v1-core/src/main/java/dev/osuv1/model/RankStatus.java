package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A beatmap's ranked status ({@code approved} on the wire).
 */
public enum RankStatus implements WireId {

	/** Graveyard, -2. */
	GRAVEYARD(-2),

	/** Work in progress, -1. */
	WIP(-1),

	/** Pending, 0. */
	PENDING(0),

	/** Ranked, 1. */
	RANKED(1),

	/** Approved, 2. */
	APPROVED(2),

	/** Qualified, 3. */
	QUALIFIED(3),

	/** Loved, 4. */
	LOVED(4),

	/** A status this version does not know. */
	UNKNOWN(Integer.MIN_VALUE);

	/** The constants, made once: {@code values()} copies its array on every call. */
	private static final RankStatus[] VALUES = values();

	private final int id;

	RankStatus(int id) {
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
	 * Returns the status with the given id, or {@link #UNKNOWN}.
	 * @param id the wire id (-2 to 4)
	 * @return the status
	 */
	@JsonCreator
	public static RankStatus fromId(int id) {
		return WireId.find(VALUES, id, UNKNOWN);
	}

}
