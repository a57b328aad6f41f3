package dev.osuv1.starter.app;

import java.util.Optional;

import dev.osuv1.OsuV1Client;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.User;
import dev.osuv1.query.UserQuery;

import org.springframework.stereotype.Component;

/**
 * A component of the application that needs the auto-configured client.
 */
@Component
public class PlayerLookup {

	private final OsuV1Client client;

	PlayerLookup(OsuV1Client client) {
		this.client = client;
	}

	/**
	 * Looks a player up by name.
	 * @param username the name
	 * @param mode the mode of the statistics
	 * @return the player, or empty when osu! has no such player
	 */
	public Optional<User> find(String username, Gamemode mode) {
		return this.client.blocking().getUser(UserQuery.of(username).withMode(mode));
	}

}
