package dev.osuv1.sample.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the demo's {@code .osu} file: a small, valid osu! standard difficulty of evenly spaced circles, with CRLF
 * line endings like every file the real server sends.
 */
final class DemoOsuFile {

	private static final String CRLF = "\r\n";

	private static final int FIRST_OBJECT_MS = 1000;

	private static final int BEAT_MS = 250;

	private DemoOsuFile() {
	}

	/**
	 * Returns the file's bytes: metadata, fixed easy settings, and the given number of circles a beat apart.
	 */
	static byte[] bytes(String artist, String title, String creator, String version, long beatmapId, long setId,
			int circles) {
		List<String> lines = new ArrayList<>(List.of("osu file format v14", "", "[General]",
				"AudioFilename: audio.mp3", "AudioLeadIn: 0", "PreviewTime: " + FIRST_OBJECT_MS, "Countdown: 0",
				"SampleSet: Normal", "StackLeniency: 0.7", "Mode: 0", "LetterboxInBreaks: 0",
				"WidescreenStoryboard: 0", "", "[Editor]", "DistanceSpacing: 1", "BeatDivisor: 4", "GridSize: 8",
				"TimelineZoom: 1", "", "[Metadata]", "Title:" + title, "TitleUnicode:" + title, "Artist:" + artist,
				"ArtistUnicode:" + artist, "Creator:" + creator, "Version:" + version, "Source:", "Tags:demo made-up",
				"BeatmapID:" + beatmapId, "BeatmapSetID:" + setId, "", "[Difficulty]", "HPDrainRate:3",
				"CircleSize:3", "OverallDifficulty:3", "ApproachRate:4", "SliderMultiplier:1.4", "SliderTickRate:1",
				"", "[Events]", "//Background and Video events", "//Break Periods", "", "[TimingPoints]",
				FIRST_OBJECT_MS + ",500,4,1,0,60,1,0", "", "[HitObjects]"));
		for (int i = 0; i < circles; i++) {
			double angle = i * Math.PI / 8;
			int x = (int) Math.round(256 + 160 * Math.cos(angle));
			int y = (int) Math.round(192 + 120 * Math.sin(angle));
			int type = (i % 16 == 0) ? 5 : 1;
			lines.add(String.format(Locale.ROOT, "%d,%d,%d,%d,0,0:0:0:0:", x, y, FIRST_OBJECT_MS + i * BEAT_MS, type));
		}
		return (String.join(CRLF, lines) + CRLF).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Returns the length of a file with that many circles, from the first to the last, in seconds.
	 */
	static int hitLengthSeconds(int circles) {
		return (circles - 1) * BEAT_MS / 1000;
	}

}
