package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A beatmap's language ({@code language_id} on the wire; ids as osu-web seeds them).
 */
public enum Language implements WireId {

	/** Any (a search filter only), 0. */
	ANY(0),

	/** Unspecified, 1. */
	UNSPECIFIED(1),

	/** English, 2. */
	ENGLISH(2),

	/** Japanese, 3. */
	JAPANESE(3),

	/** Chinese, 4. */
	CHINESE(4),

	/** Instrumental, 5. */
	INSTRUMENTAL(5),

	/** Korean, 6. */
	KOREAN(6),

	/** French, 7. */
	FRENCH(7),

	/** German, 8. */
	GERMAN(8),

	/** Swedish, 9. */
	SWEDISH(9),

	/** Spanish, 10. */
	SPANISH(10),

	/** Italian, 11. */
	ITALIAN(11),

	/** Russian, 12. */
	RUSSIAN(12),

	/** Polish, 13. */
	POLISH(13),

	/** Other, 14. */
	OTHER(14),

	/** A language this version does not know. */
	UNKNOWN(-1);

	/** The constants, made once: {@code values()} copies its array on every call. */
	private static final Language[] VALUES = values();

	private final int id;

	Language(int id) {
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
	 * Returns the language with the given id, or {@link #UNKNOWN}.
	 * @param id the wire id
	 * @return the language
	 */
	@JsonCreator
	public static Language fromId(int id) {
		return WireId.find(VALUES, id, UNKNOWN);
	}

}
