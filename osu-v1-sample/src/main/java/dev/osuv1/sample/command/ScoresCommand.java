package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.util.List;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Score;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.sample.command.OptionConverters.GamemodeConverter;
import dev.osuv1.sample.command.OptionConverters.ModsConverter;
import dev.osuv1.sample.command.OptionConverters.UserRefConverter;
import dev.osuv1.sample.output.ScoresTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scores <beatmapId>}: the top scores on a beatmap (get_scores), at most 100.
 */
@Command(name = "scores", description = "Shows the top scores on a beatmap (get_scores).")
final class ScoresCommand extends ApiCommand<List<Score>> {

	@Parameters(paramLabel = "<beatmapId>", description = "The beatmap (difficulty) id.")
	private long beatmapId;

	@Option(names = "--mode", paramLabel = "M", converter = GamemodeConverter.class,
			description = "osu, taiko, fruits, mania or 0-3 (default: osu; give the convert's mode for converts).")
	private Gamemode mode = Gamemode.OSU;

	@Option(names = "--mods", paramLabel = "MODS", converter = ModsConverter.class,
			description = "Only scores with exactly these mods: acronyms (HDDT), NM, or a bitmask.")
	private @Nullable Mods mods;

	@Option(names = "--user", paramLabel = "U", converter = UserRefConverter.class,
			description = "Only this user's best: a name, or an id written id:123.")
	private @Nullable UserRef user;

	@Option(names = "--limit", paramLabel = "N", description = "How many scores, 1-100 (default: the API's 50).")
	private @Nullable Integer limit;

	@Override
	ApiCall<List<Score>> prepare() {
		BeatmapScoresQuery query = new BeatmapScoresQuery(this.beatmapId, this.mode, this.mods, this.user, this.limit);
		return (client) -> client.getBeatmapScores(query).collectList().block();
	}

	@Override
	void printText(@Nullable List<Score> result, PrintWriter out) {
		if (result == null || result.isEmpty()) {
			out.println("No scores on beatmap " + this.beatmapId + " in " + this.mode.apiName() + " mode.");
			return;
		}
		out.println("Top scores on beatmap " + this.beatmapId + " (" + this.mode.apiName() + "):");
		ScoresTable.print(result, out);
	}

}
