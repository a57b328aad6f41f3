package dev.osuv1.sample.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import dev.osuv1.model.Beatmap;

/**
 * Beatmap difficulties as a table: ids, mode, status, star rating, BPM, length, maximum combo, then
 * "artist - title [version]" and the mapper.
 */
public final class BeatmapsTable {

	private BeatmapsTable() {
	}

	/**
	 * Prints beatmaps.
	 * @param beatmaps the beatmaps, in the API's order
	 * @param out where to print
	 */
	public static void print(List<Beatmap> beatmaps, PrintWriter out) {
		TextTable table = TextTable.of("beatmap", "set", "mode", "status", "stars", "bpm", "length", "combo",
				"artist - title [version]", "mapper");
		for (Beatmap beatmap : beatmaps) {
			table.row(Long.toString(beatmap.beatmapId()), Long.toString(beatmap.beatmapsetId()),
					beatmap.mode().apiName(), beatmap.approved().name().toLowerCase(Locale.ROOT),
					Formats.decimal(beatmap.difficultyRating(), 2), Formats.decimal(beatmap.bpm(), 0),
					Formats.duration(beatmap.totalLength()), Formats.number(beatmap.maxCombo()),
					beatmap.artist() + " - " + beatmap.title() + " [" + beatmap.version() + "]",
					beatmap.creator() + " (id " + beatmap.creatorId() + ")");
		}
		table.print(out, "  ");
	}

}
