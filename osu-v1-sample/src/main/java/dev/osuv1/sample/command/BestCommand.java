package dev.osuv1.sample.command;

import dev.osuv1.OsuV1Client;
import dev.osuv1.model.Score;
import dev.osuv1.query.UserScoresQuery;
import picocli.CommandLine.Command;
import reactor.core.publisher.Flux;

/**
 * {@code best <user>}: a user's best scores by pp (get_user_best), at most 100.
 */
@Command(name = "best", description = "Shows a user's best scores, by pp (get_user_best; --limit 1-100).")
final class BestCommand extends UserScoresCommand {

	@Override
	Flux<Score> fetch(OsuV1Client client, UserScoresQuery query) {
		return client.getUserBests(query);
	}

	@Override
	String what() {
		return "best scores";
	}

}
