package dev.osuv1.sample.command;

import dev.osuv1.OsuV1Client;
import dev.osuv1.model.Score;
import dev.osuv1.query.UserScoresQuery;
import picocli.CommandLine.Command;
import reactor.core.publisher.Flux;

/**
 * {@code recent <user>}: a user's plays of the last 24 hours, failed ones included (get_user_recent), at most 50.
 */
@Command(name = "recent",
		description = "Shows a user's plays of the last 24 hours, failed ones included (get_user_recent; --limit 1-50).")
final class RecentCommand extends UserScoresCommand {

	@Override
	void check(UserScoresQuery query) {
		if (query.limit() != null && query.limit() > UserScoresQuery.MAX_RECENTS) {
			throw new IllegalArgumentException("limit must be between 1 and " + UserScoresQuery.MAX_RECENTS
					+ " for recent scores, but was " + query.limit());
		}
	}

	@Override
	Flux<Score> fetch(OsuV1Client client, UserScoresQuery query) {
		return client.getUserRecents(query);
	}

	@Override
	String what() {
		return "recent plays";
	}

}
