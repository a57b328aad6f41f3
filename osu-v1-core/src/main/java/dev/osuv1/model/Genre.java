package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A beatmap's genre ({@code genre_id} on the wire; ids as osu-web seeds them, 8 does not exist).
 */
public enum Genre implements WireId {

	/** Any (a search filter only), 0. */
	ANY(0),

	/** Unspecified, 1. */
	UNSPECIFIED(1),

	/** Video game, 2. */
	VIDEO_GAME(2),

	/** Anime, 3. */
	ANIME(3),

	/** Rock, 4. */
	ROCK(4),

	/** Pop, 5. */
	POP(5),

	/** Other, 6. */
	OTHER(6),

	/** Novelty, 7. */
	NOVELTY(7),

	/** Hip hop, 9. */
	HIP_HOP(9),

	/** Electronic, 10. */
	ELECTRONIC(10),

	/** Metal, 11. */
	METAL(11),

	/** Classical, 12. */
	CLASSICAL(12),

	/** Folk, 13. */
	FOLK(13),

	/** Jazz, 14. */
	JAZZ(14),

	/** A genre this version does not know. */
	UNKNOWN(-1);

	/** The constants, made once: {@code values()} copies its array on every call. */
	private static final Genre[] VALUES = values();

	private final int id;

	Genre(int id) {
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
	 * Returns the genre with the given id, or {@link #UNKNOWN}.
	 * @param id the wire id
	 * @return the genre
	 */
	@JsonCreator
	public static Genre fromId(int id) {
		return WireId.find(VALUES, id, UNKNOWN);
	}

}
