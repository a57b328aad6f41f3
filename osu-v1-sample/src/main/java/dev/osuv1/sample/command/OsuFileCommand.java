package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.osuv1.model.BeatmapFile;
import dev.osuv1.sample.output.JsonOutput;
import dev.osuv1.sample.output.SavedFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code osu-file <beatmapId>}: a beatmap's {@code .osu} file ({@code /osu/{id}}). With {@code --out} its exact bytes
 * are written to a file; otherwise its text is printed, CRLF line endings included.
 */
@Command(name = "osu-file", description = { "Fetches a beatmap's .osu file, byte for byte (/osu/{id}).",
		"Without --out the file's text is printed." })
final class OsuFileCommand extends ApiCommand<BeatmapFile> {

	@Parameters(paramLabel = "<beatmapId>", description = "The beatmap (difficulty) id.")
	private long beatmapId;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the file's exact bytes here.")
	private @Nullable Path out;

	@Override
	ApiCall<BeatmapFile> prepare() {
		if (this.beatmapId <= 0) {
			throw new IllegalArgumentException("beatmapId must be a positive id, but was " + this.beatmapId);
		}
		long id = this.beatmapId;
		return (client) -> client.getBeatmapOsu(id).block();
	}

	@Override
	void present(@Nullable BeatmapFile result, PrintWriter out) {
		if (this.out == null || result == null) {
			super.present(result, out);
			return;
		}
		SavedFile saved = SavedFile.write(this.out, result.content());
		if (json()) {
			JsonOutput.print(saved, out);
		}
		else {
			out.println("Wrote " + saved.describe() + ".");
		}
	}

	@Override
	void printText(@Nullable BeatmapFile result, PrintWriter out) {
		if (result == null) {
			out.println("Beatmap " + this.beatmapId + " has no .osu file on the server.");
			return;
		}
		out.print(result.text());
	}

}
