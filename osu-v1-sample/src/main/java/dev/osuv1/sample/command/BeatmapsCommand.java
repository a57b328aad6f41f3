package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

import dev.osuv1.model.Beatmap;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import dev.osuv1.query.BeatmapFilters;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.sample.command.OptionConverters.GamemodeConverter;
import dev.osuv1.sample.command.OptionConverters.InstantConverter;
import dev.osuv1.sample.command.OptionConverters.ModsConverter;
import dev.osuv1.sample.command.OptionConverters.UserRefConverter;
import dev.osuv1.sample.output.BeatmapsTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code beatmaps}: beatmap difficulties matching filters (get_beatmaps); at least one of beatmap id, set id, since,
 * hash or user is required. With {@code --all}, every map approved since {@code --since}, page after page.
 */
@Command(name = "beatmaps", description = { "Shows beatmap difficulties (get_beatmaps).",
		"Give at least one of --beatmap-id, --beatmapset-id, --since, --hash or --user.",
		"With --since and --all, pages through every map approved since then." })
final class BeatmapsCommand extends ApiCommand<List<Beatmap>> {

	@Option(names = "--beatmap-id", paramLabel = "N", description = "One difficulty.")
	private @Nullable Long beatmapId;

	@Option(names = "--beatmapset-id", paramLabel = "N", description = "Every difficulty of a set.")
	private @Nullable Long beatmapsetId;

	@Option(names = "--since", paramLabel = "DATE", converter = InstantConverter.class,
			description = "Maps ranked or loved since then (UTC): 2024-01-31, '2024-01-31 12:00:00' or an ISO instant.")
	private @Nullable Instant since;

	@Option(names = "--hash", paramLabel = "MD5", description = "The difficulty whose .osu file has this MD5.")
	private @Nullable String hash;

	@Option(names = "--user", paramLabel = "U", converter = UserRefConverter.class,
			description = "Maps made by this user: a name, or an id written id:123.")
	private @Nullable UserRef user;

	@Option(names = "--mode", paramLabel = "M", converter = GamemodeConverter.class,
			description = "Only maps of this mode: osu, taiko, fruits, mania or 0-3 (default: every mode).")
	private @Nullable Gamemode mode;

	@Option(names = "--converts", description = "Include converted maps (needs --mode).")
	private boolean converts;

	@Option(names = "--mods", paramLabel = "MODS", converter = ModsConverter.class,
			description = "Star rating with these mods: EZ, HR, DT, HT, FL, as acronyms (HRDT) or a bitmask.")
	private @Nullable Mods mods;

	@Option(names = "--limit", paramLabel = "N", description = "How many maps, 1-500 (default: the API's 500).")
	private @Nullable Integer limit;

	@Option(names = "--all",
			description = "With --since: every map approved since then, 500 per request, not only the first 500.")
	private boolean all;

	@Override
	ApiCall<List<Beatmap>> prepare() {
		if (this.all) {
			return prepareAll();
		}
		BeatmapQuery query = new BeatmapQuery(this.beatmapId, this.beatmapsetId, this.since, this.hash, this.user,
				this.mode, this.converts, this.mods, this.limit);
		return (client) -> client.getBeatmaps(query).collectList().block();
	}

	private ApiCall<List<Beatmap>> prepareAll() {
		Instant from = this.since;
		if (from == null) {
			throw new IllegalArgumentException("--all needs --since: it pages through the maps approved since a date");
		}
		if (this.beatmapId != null || this.beatmapsetId != null || this.hash != null || this.user != null
				|| this.limit != null) {
			throw new IllegalArgumentException("--all takes only --since, --mode, --converts and --mods: it returns "
					+ "every map approved since the date");
		}
		BeatmapFilters filters = new BeatmapFilters(this.mode, this.converts, this.mods, null);
		return (client) -> client.getBeatmapsSince(from, filters).collectList().block();
	}

	@Override
	void printText(@Nullable List<Beatmap> result, PrintWriter out) {
		if (result == null || result.isEmpty()) {
			out.println("No beatmaps found.");
			return;
		}
		out.println(result.size() + ((result.size() == 1) ? " beatmap:" : " beatmaps:"));
		BeatmapsTable.print(result, out);
	}

}
