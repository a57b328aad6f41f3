package dev.osuv1.sample.command;

import java.io.PrintWriter;

import dev.osuv1.model.Match;
import dev.osuv1.sample.output.MatchReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code match <matchId>}: a multiplayer match of osu!stable with its games and scores (get_match).
 */
@Command(name = "match", description = "Shows a multiplayer match with its games and scores (get_match).")
final class MatchCommand extends ApiCommand<Match> {

	@Parameters(paramLabel = "<matchId>", description = "The match id, as in osu.ppy.sh/community/matches/ID.")
	private long matchId;

	@Override
	ApiCall<Match> prepare() {
		if (this.matchId <= 0) {
			throw new IllegalArgumentException("matchId must be a positive id, but was " + this.matchId);
		}
		long id = this.matchId;
		return (client) -> client.getMatch(id).block();
	}

	@Override
	void printText(@Nullable Match result, PrintWriter out) {
		if (result == null) {
			out.println("Match " + this.matchId + " not found: it does not exist or is private.");
			return;
		}
		MatchReport.print(result, out);
	}

}
