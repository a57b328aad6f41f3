package dev.osuv1.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A score's grade ({@code rank} on the score endpoints).
 */
public enum Grade {

	/** Silver SS (SS with Hidden or Flashlight). */
	XH,

	/** SS. */
	X,

	/** Silver S (S with Hidden or Flashlight). */
	SH,

	/** S. */
	S,

	/** A. */
	A,

	/** B. */
	B,

	/** C. */
	C,

	/** D. */
	D,

	/** Failed; only get_user_recent returns it. */
	F,

	/** A grade this version does not know. */
	UNKNOWN;

	/**
	 * Returns the grade the API names, or {@link #UNKNOWN}.
	 * @param text the grade as the API writes it ({@code XH}, {@code X}, {@code SH}, ...)
	 * @return the grade
	 */
	@JsonCreator
	public static Grade fromApi(String text) {
		for (Grade grade : values()) {
			if (grade != UNKNOWN && grade.name().equals(text)) {
				return grade;
			}
		}
		return UNKNOWN;
	}

}
