package dev.osuv1.sample.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

import dev.osuv1.model.Score;

/**
 * Scores as a table: rank in the list, player (when the API named one), beatmap, score, combo, accuracy computed
 * from the hits, hits, mods, grade, pp and date. Values an endpoint does not send (pp and replays for recent plays,
 * score ids of plays not stored as a best) show as {@code -}.
 */
public final class ScoresTable {

	private ScoresTable() {
	}

	/**
	 * Prints scores.
	 * @param scores the scores, in the API's order
	 * @param out where to print
	 */
	public static void print(List<Score> scores, PrintWriter out) {
		boolean withPlayer = scores.stream().map(Score::username).anyMatch(Objects::nonNull);
		TextTable table = withPlayer
				? TextTable.of("#", "player", "score id", "beatmap", "score", "combo", "accuracy", "300/100/50/miss",
						"mods", "grade", "pp", "date (UTC)", "replay")
				: TextTable.of("#", "score id", "beatmap", "score", "combo", "accuracy", "300/100/50/miss", "mods",
						"grade", "pp", "date (UTC)", "replay");
		int position = 0;
		for (Score score : scores) {
			position++;
			String hits = score.count300() + "/" + score.count100() + "/" + score.count50() + "/" + score.countMiss();
			String combo = Formats.number(score.maxCombo()) + (score.perfect() ? " FC" : "");
			String[] cells = { Integer.toString(position), Formats.id(score.scoreId()),
					Long.toString(score.beatmapId()), Formats.number(score.score()), combo,
					Formats.percent(score.accuracy()), hits, score.mods().toString(), score.rank().name(),
					Formats.decimal(score.pp(), 2), Formats.date(score.date()), Formats.yesNo(score.replayAvailable()) };
			table.row(withPlayer ? withPlayer(cells, Objects.toString(score.username(), Formats.ABSENT)) : cells);
		}
		table.print(out, "  ");
	}

	private static String[] withPlayer(String[] cells, String player) {
		String[] row = new String[cells.length + 1];
		row[0] = cells[0];
		row[1] = player;
		System.arraycopy(cells, 1, row, 2, cells.length - 1);
		return row;
	}

}
