package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Replay;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.replay.OsrFile;
import dev.osuv1.sample.command.OptionConverters.GamemodeConverter;
import dev.osuv1.sample.command.OptionConverters.ModsConverter;
import dev.osuv1.sample.command.OptionConverters.UserRefConverter;
import dev.osuv1.sample.output.JsonOutput;
import dev.osuv1.sample.output.ReplaySummary;
import dev.osuv1.sample.output.SavedFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code replay}: a score's replay data (get_replay, which the API allows 10 times a minute), given by score id or by
 * beatmap and user. With {@code --osr} it writes a complete {@code .osr} file built by
 * {@link dev.osuv1.OsuV1Client#getReplayFile(ReplayQuery)}: v1 cannot look a score up by its id alone, so that needs
 * the beatmap and the user.
 */
@Command(name = "replay", description = { "Fetches a score's replay data (get_replay; the API allows 10 a minute).",
		"Give --score-id, or --beatmap-id and --user.",
		"--osr=FILE writes a complete .osr; it needs --beatmap-id and --user." })
final class ReplayCommand extends ApiCommand<ReplayCommand.FetchedReplay> {

	@Option(names = "--score-id", paramLabel = "N", description = "The score.")
	private @Nullable Long scoreId;

	@Option(names = "--beatmap-id", paramLabel = "N", description = "The beatmap the score was set on.")
	private @Nullable Long beatmapId;

	@Option(names = "--user", paramLabel = "U", converter = UserRefConverter.class,
			description = "The player: a name, or an id written id:123.")
	private @Nullable UserRef user;

	@Option(names = "--mode", paramLabel = "M", converter = GamemodeConverter.class,
			description = "The score's mode: osu, taiko, fruits, mania or 0-3 (default: osu).")
	private Gamemode mode = Gamemode.OSU;

	@Option(names = "--mods", paramLabel = "MODS", converter = ModsConverter.class,
			description = "Which of the user's scores on the beatmap: acronyms (HDDT), NM, or a bitmask.")
	private @Nullable Mods mods;

	@Option(names = "--osr", paramLabel = "FILE", description = "Write a complete .osr replay file here.")
	private @Nullable Path osr;

	@Override
	ApiCall<FetchedReplay> prepare() {
		ReplayQuery query = new ReplayQuery(this.scoreId, this.beatmapId, this.user, this.mode, this.mods);
		if (this.osr == null) {
			return (client) -> client.getReplay(query).map((replay) -> new FetchedReplay(replay, null)).block();
		}
		if (this.beatmapId == null || this.user == null) {
			throw new IllegalArgumentException("--osr needs --beatmap-id and --user: the .osr holds the score's "
					+ "details, and the v1 API cannot look a score up by its id alone");
		}
		return (client) -> client.getReplayFile(query)
			.map((file) -> new FetchedReplay(file.replay(), file))
			.block();
	}

	@Override
	void present(@Nullable FetchedReplay result, PrintWriter out) {
		if (this.osr == null || result == null || result.osr() == null) {
			super.present(result, out);
			return;
		}
		OsrFile file = result.osr();
		SavedFile saved = SavedFile.write(this.osr, file.toBytes());
		if (json()) {
			JsonOutput.print(saved, out);
		}
		else {
			out.println("Wrote " + saved.describe() + ": " + file.playerName() + "'s score " + file.onlineScoreId()
					+ " on beatmap " + this.beatmapId + " (" + file.mode().apiName() + ", " + file.mods() + ", "
					+ String.format(Locale.ROOT, "%,d", file.score()) + ").");
		}
	}

	@Override
	@Nullable Object jsonOf(@Nullable FetchedReplay result) {
		return (result != null) ? result.replay() : null;
	}

	@Override
	void printText(@Nullable FetchedReplay result, PrintWriter out) {
		String which = (this.scoreId != null) ? "score " + this.scoreId
				: this.user + " on beatmap " + this.beatmapId;
		if (result == null) {
			out.println("No replay available for " + which + " in " + this.mode.apiName() + " mode.");
			return;
		}
		out.println("Replay of " + which + ": " + ReplaySummary.describe(result.replay()) + ".");
	}

	/**
	 * A replay, and with {@code --osr} what the {@code .osr} file holds.
	 *
	 * @param replay the replay data
	 * @param osr the whole file; {@code null} without {@code --osr}
	 */
	record FetchedReplay(Replay replay, @Nullable OsrFile osr) {
	}

}
