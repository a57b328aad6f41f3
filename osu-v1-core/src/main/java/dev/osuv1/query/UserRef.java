package dev.osuv1.query;

/**
 * A user given by id or by name. The client always tells the API which one it is ({@code type=id} or
 * {@code type=string}), so a name made only of digits is never taken for an id.
 *
 * @param value the id's digits or the name
 * @param byId whether {@code value} is an id
 */
public record UserRef(String value, boolean byId) {

	/**
	 * Creates a reference, checking that an id is a positive number and a name is not blank.
	 * @param value the id's digits or the name
	 * @param byId whether {@code value} is an id
	 */
	public UserRef {
		Check.notNull(value, "user");
		if (byId) {
			Check.positive(parseId(value), "user id");
		}
		else if (value.isBlank()) {
			throw new IllegalArgumentException("user name must not be blank");
		}
		else if (hasControlCharacter(value)) {
			throw new IllegalArgumentException("user name must not hold control characters");
		}
	}

	// a loop, not a stream: every getUser call checks its name
	private static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isISOControl(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns a reference to the user with the given id.
	 * @param userId the user id
	 * @return the reference
	 */
	public static UserRef id(long userId) {
		return new UserRef(Long.toString(userId), true);
	}

	/**
	 * Returns a reference to the user with the given name.
	 * @param username the user name (spaces allowed)
	 * @return the reference
	 */
	public static UserRef name(String username) {
		return new UserRef(username, false);
	}

	/**
	 * Reads a user written by a person: {@code id:123} for an id, anything else is a name.
	 * @param text the user
	 * @return the reference
	 */
	public static UserRef parse(String text) {
		Check.notNull(text, "user");
		return text.startsWith("id:") ? new UserRef(text.substring(3), true) : name(text);
	}

	/**
	 * Returns the API's {@code type} parameter for this reference.
	 * @return {@code id} or {@code string}
	 */
	public String type() {
		return this.byId ? "id" : "string";
	}

	@Override
	public String toString() {
		return this.byId ? "id:" + this.value : this.value;
	}

	private static long parseId(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("user id must be a number, but was '" + value + "'", ex);
		}
	}

}
