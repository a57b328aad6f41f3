package dev.osuv1.model;

/**
 * An enum constant that the API identifies by an integer id.
 */
interface WireId {

	/**
	 * Returns the id the API uses for this constant.
	 * @return the wire id
	 */
	int id();

	/**
	 * Finds the constant with the given id, or the fallback when the API sent an id this version does not know.
	 */
	static <E extends Enum<E> & WireId> E find(E[] values, int id, E unknown) {
		for (E value : values) {
			if (value != unknown && value.id() == id) {
				return value;
			}
		}
		return unknown;
	}

}
