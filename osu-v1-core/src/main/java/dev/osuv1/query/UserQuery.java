package dev.osuv1.query;

import dev.osuv1.model.Gamemode;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of get_user.
 *
 * @param user the user
 * @param mode the mode whose statistics to return (always sent; default osu!)
 * @param eventDays how many days of recent events to include, 1-31; {@code null} leaves the API's default of 1
 */
public record UserQuery(UserRef user, Gamemode mode, @Nullable Integer eventDays) {

	/**
	 * Creates a query, checking every parameter.
	 * @param user the user
	 * @param mode the mode whose statistics to return (always sent; default osu!)
	 * @param eventDays how many days of recent events to include, 1-31; {@code null} leaves the API's default of 1
	 */
	public UserQuery {
		Check.notNull(user, "user");
		Check.mode(mode);
		Check.range(eventDays, "eventDays", 1, 31);
	}

	/**
	 * Returns a query for the given user in osu! mode.
	 * @param user the user
	 * @return the query
	 */
	public static UserQuery of(UserRef user) {
		return new UserQuery(user, Gamemode.OSU, null);
	}

	/**
	 * Returns a query for the user with the given name in osu! mode.
	 * @param username the user name
	 * @return the query
	 */
	public static UserQuery of(String username) {
		return of(UserRef.name(username));
	}

	/**
	 * Returns a query for the user with the given id in osu! mode.
	 * @param userId the user id
	 * @return the query
	 */
	public static UserQuery of(long userId) {
		return of(UserRef.id(userId));
	}

	/**
	 * Returns this query for another mode.
	 * @param mode the mode
	 * @return a new query
	 */
	public UserQuery withMode(Gamemode mode) {
		return new UserQuery(this.user, mode, this.eventDays);
	}

	/**
	 * Returns this query with another number of event days.
	 * @param eventDays 1-31
	 * @return a new query
	 */
	public UserQuery withEventDays(int eventDays) {
		return new UserQuery(this.user, this.mode, eventDays);
	}

}
