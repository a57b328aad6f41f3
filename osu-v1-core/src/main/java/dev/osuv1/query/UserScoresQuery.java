package dev.osuv1.query;

import dev.osuv1.model.Gamemode;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of get_user_best and get_user_recent.
 *
 * @param user the user
 * @param mode the mode (always sent; default osu!)
 * @param limit how many scores, 1-100 for bests and 1-50 for recents; {@code null} leaves the API's default of 10
 */
public record UserScoresQuery(UserRef user, Gamemode mode, @Nullable Integer limit) {

	/** The most get_user_best returns. */
	public static final int MAX_BESTS = 100;

	/** The most get_user_recent returns. */
	public static final int MAX_RECENTS = 50;

	/**
	 * Creates a query, checking every parameter.
	 * @param user the user
	 * @param mode the mode (always sent; default osu!)
	 * @param limit how many scores, 1-100 for bests and 1-50 for recents; {@code null} leaves the API's default of 10
	 */
	public UserScoresQuery {
		Check.notNull(user, "user");
		Check.mode(mode);
		Check.range(limit, "limit", 1, MAX_BESTS);
	}

	/**
	 * Returns a query for the given user in osu! mode.
	 * @param user the user
	 * @return the query
	 */
	public static UserScoresQuery of(UserRef user) {
		return new UserScoresQuery(user, Gamemode.OSU, null);
	}

	/**
	 * Returns a query for the user with the given name in osu! mode.
	 * @param username the user name
	 * @return the query
	 */
	public static UserScoresQuery of(String username) {
		return of(UserRef.name(username));
	}

	/**
	 * Returns a query for the user with the given id in osu! mode.
	 * @param userId the user id
	 * @return the query
	 */
	public static UserScoresQuery of(long userId) {
		return of(UserRef.id(userId));
	}

	/**
	 * Returns this query for another mode.
	 * @param mode the mode
	 * @return a new query
	 */
	public UserScoresQuery withMode(Gamemode mode) {
		return new UserScoresQuery(this.user, mode, this.limit);
	}

	/**
	 * Returns this query with another limit.
	 * @param limit 1-100 (1-50 for recents)
	 * @return a new query
	 */
	public UserScoresQuery withLimit(int limit) {
		return new UserScoresQuery(this.user, this.mode, limit);
	}

}
