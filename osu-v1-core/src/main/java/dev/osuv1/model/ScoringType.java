package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A multiplayer game's winning condition ({@code scoring_type} on the wire).
 */
public enum ScoringType implements WireId {

	/** Score, 0. */
	SCORE(0),

	/** Accuracy, 1. */
	ACCURACY(1),

	/** Combo, 2. */
	COMBO(2),

	/** ScoreV2, 3. */
	SCORE_V2(3),

	/** A type this version does not know. */
	UNKNOWN(-1);

	/** The constants, made once: {@code values()} copies its array on every call. */
	private static final ScoringType[] VALUES = values();

	private final int id;

	ScoringType(int id) {
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
	 * Returns the scoring type with the given id, or {@link #UNKNOWN}.
	 * @param id the wire id (0-3)
	 * @return the scoring type
	 */
	@JsonCreator
	public static ScoringType fromId(int id) {
		return WireId.find(VALUES, id, UNKNOWN);
	}

}
