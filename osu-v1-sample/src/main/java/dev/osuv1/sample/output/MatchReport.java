package dev.osuv1.sample.output;

import java.io.PrintWriter;
import java.util.Locale;

import dev.osuv1.model.Match;
import dev.osuv1.model.MatchGame;
import dev.osuv1.model.MatchScore;

/**
 * A multiplayer match as text: its name and times, then each game with a table of its scores (aborted games have
 * none).
 */
public final class MatchReport {

	private MatchReport() {
	}

	/**
	 * Prints a match.
	 * @param match the match
	 * @param out where to print
	 */
	public static void print(Match match, PrintWriter out) {
		out.println("Match " + match.matchId() + ": " + match.name());
		out.println("  started " + Formats.date(match.startTime()) + " UTC, "
				+ ((match.endTime() != null) ? "ended " + Formats.date(match.endTime()) + " UTC" : "still open") + ", "
				+ match.games().size() + ((match.games().size() == 1) ? " game" : " games"));
		for (MatchGame game : match.games()) {
			out.println();
			printGame(game, out);
		}
	}

	private static void printGame(MatchGame game, PrintWriter out) {
		out.println("Game " + game.gameId() + " on beatmap " + game.beatmapId() + ": " + game.playMode().apiName()
				+ ", " + name(game.teamType()) + ", win by " + name(game.scoringType()) + ", mods "
				+ game.mods() + ", started " + Formats.date(game.startTime()) + " UTC"
				+ (game.aborted() ? ", aborted" : ""));
		if (game.scores().isEmpty()) {
			out.println("  no scores");
			return;
		}
		TextTable table = TextTable.of("slot", "team", "user id", "score", "combo", "300/100/50/miss", "mods",
				"passed");
		for (MatchScore score : game.scores()) {
			table.row(Integer.toString(score.slot()), name(score.team()), Long.toString(score.userId()),
					Formats.number(score.score()), Formats.number(score.maxCombo()),
					score.count300() + "/" + score.count100() + "/" + score.count50() + "/" + score.countMiss(),
					score.effectiveMods().toString(), score.pass() ? "yes" : "no");
		}
		table.print(out, "  ");
	}

	private static String name(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
