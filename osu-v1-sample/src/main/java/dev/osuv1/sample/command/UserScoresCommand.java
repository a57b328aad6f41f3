package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.util.List;

import dev.osuv1.OsuV1Client;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Score;
import dev.osuv1.query.UserRef;
import dev.osuv1.query.UserScoresQuery;
import dev.osuv1.sample.command.OptionConverters.GamemodeConverter;
import dev.osuv1.sample.command.OptionConverters.UserRefConverter;
import dev.osuv1.sample.output.ScoresTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reactor.core.publisher.Flux;

/**
 * The options {@code best} and {@code recent} share: one user, a mode and a limit.
 */
abstract class UserScoresCommand extends ApiCommand<List<Score>> {

	@Parameters(paramLabel = "<user>", converter = UserRefConverter.class,
			description = "A user name, or a user id written id:123.")
	private UserRef user;

	@Option(names = "--mode", paramLabel = "M", converter = GamemodeConverter.class,
			description = "osu, taiko, fruits, mania or 0-3 (default: osu).")
	private Gamemode mode = Gamemode.OSU;

	@Option(names = "--limit", paramLabel = "N", description = "How many scores (default: the API's 10).")
	private @Nullable Integer limit;

	@Override
	ApiCall<List<Score>> prepare() {
		UserScoresQuery query = new UserScoresQuery(this.user, this.mode, this.limit);
		check(query);
		return (client) -> fetch(client, query).collectList().block();
	}

	/**
	 * Checks what the query record cannot know about this endpoint.
	 * @param query the query
	 */
	void check(UserScoresQuery query) {
	}

	/**
	 * Asks the endpoint.
	 * @param client the client
	 * @param query the query
	 * @return the scores
	 */
	abstract Flux<Score> fetch(OsuV1Client client, UserScoresQuery query);

	/**
	 * Names the scores, as in "best scores".
	 * @return the name
	 */
	abstract String what();

	@Override
	void printText(@Nullable List<Score> result, PrintWriter out) {
		if (result == null || result.isEmpty()) {
			out.println("No " + what() + " of " + this.user + " in " + this.mode.apiName() + " mode.");
			return;
		}
		out.println(capitalized(what()) + " of " + this.user + " (" + this.mode.apiName() + "):");
		ScoresTable.print(result, out);
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
