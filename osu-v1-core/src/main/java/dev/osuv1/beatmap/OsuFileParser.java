package dev.osuv1.beatmap;

import java.util.HashMap;
import java.util.Map;

import dev.osuv1.model.Gamemode;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code .osu} file line by line: {@code Key:Value} pairs in [General], [Metadata] and [Difficulty], lines
 * counted in [TimingPoints], the type bits of each line in [HitObjects]. Other sections and {@code //} comments are
 * skipped, as osu!stable does.
 */
final class OsuFileParser {

	private static final String HEADER = "osu file format v";

	private static final int CIRCLE = 1;

	private static final int SLIDER = 1 << 1;

	private static final int SPINNER = 1 << 3;

	private static final int HOLD = 1 << 7;

	private final Map<String, String> values = new HashMap<>();

	private String section = "";

	private int lineNumber;

	private int timingPoints;

	private int circles;

	private int sliders;

	private int spinners;

	private int holds;

	private OsuFileParser() {
	}

	static OsuFile parse(String text) {
		return new OsuFileParser().file(text);
	}

	private OsuFile file(String text) {
		String[] lines = text.split("\r?\n", -1);
		int formatVersion = -1;
		for (String raw : lines) {
			this.lineNumber++;
			String line = (this.lineNumber == 1 && raw.startsWith("\uFEFF")) ? raw.substring(1) : raw;
			if (formatVersion < 0) {
				if (!line.isBlank()) {
					formatVersion = header(line.trim());
				}
				continue;
			}
			line(line);
		}
		if (formatVersion < 0) {
			throw new IllegalArgumentException(".osu: the file is empty");
		}
		double overallDifficulty = decimal("Difficulty", "OverallDifficulty", 5);
		return new OsuFile(formatVersion, text("General", "AudioFilename"), mode(), text("Metadata", "Title"),
				value("Metadata", "TitleUnicode"), text("Metadata", "Artist"), value("Metadata", "ArtistUnicode"),
				text("Metadata", "Creator"), text("Metadata", "Version"), text("Metadata", "Source"),
				text("Metadata", "Tags"), id("BeatmapID"), id("BeatmapSetID"), decimal("Difficulty", "HPDrainRate", 5),
				decimal("Difficulty", "CircleSize", 5), overallDifficulty,
				decimal("Difficulty", "ApproachRate", overallDifficulty),
				decimal("Difficulty", "SliderMultiplier", 1.4), decimal("Difficulty", "SliderTickRate", 1), this.timingPoints, this.circles, this.sliders,
				this.spinners, this.holds);
	}

	private int header(String line) {
		if (!line.startsWith(HEADER)) {
			throw new IllegalArgumentException(".osu: the file does not start with '" + HEADER + "N' but with '"
					+ abbreviate(line) + "'");
		}
		try {
			return Integer.parseInt(line.substring(HEADER.length()).trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(".osu: '" + abbreviate(line) + "' has no format version number", ex);
		}
	}

	private void line(String raw) {
		String line = raw.trim();
		if (line.isEmpty() || line.startsWith("//")) {
			return;
		}
		if (line.startsWith("[") && line.endsWith("]")) {
			this.section = line.substring(1, line.length() - 1);
			return;
		}
		switch (this.section) {
			case "General", "Metadata", "Difficulty" -> keyValue(line);
			case "TimingPoints" -> this.timingPoints++;
			case "HitObjects" -> hitObject(line);
			default -> {
				// [Editor], [Events], [Colours] and anything newer say nothing this reader reports
			}
		}
	}

	private void keyValue(String line) {
		int colon = line.indexOf(':');
		if (colon > 0) {
			this.values.put(this.section + "." + line.substring(0, colon).trim(),
					line.substring(colon + 1).trim());
		}
	}

	private void hitObject(String line) {
		String[] parts = line.split(",", 5);
		if (parts.length < 4) {
			throw malformed("is not a hit object (x,y,time,type,...): '" + abbreviate(line) + "'", null);
		}
		int type;
		try {
			type = Integer.parseInt(parts[3].trim());
		}
		catch (NumberFormatException ex) {
			throw malformed("has a hit object type that is not an integer: '" + abbreviate(line) + "'", ex);
		}
		if ((type & CIRCLE) != 0) {
			this.circles++;
		}
		if ((type & SLIDER) != 0) {
			this.sliders++;
		}
		if ((type & SPINNER) != 0) {
			this.spinners++;
		}
		if ((type & HOLD) != 0) {
			this.holds++;
		}
	}

	private @Nullable String value(String section, String key) {
		return this.values.get(section + "." + key);
	}

	private String text(String section, String key) {
		String value = value(section, key);
		return (value != null) ? value : "";
	}

	private Gamemode mode() {
		String value = value("General", "Mode");
		if (value == null) {
			return Gamemode.OSU;
		}
		try {
			return Gamemode.fromId(Integer.parseInt(value));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(".osu: [General] Mode '" + value + "' is not a number", ex);
		}
	}

	private @Nullable Long id(String key) {
		String value = value("Metadata", key);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(".osu: [Metadata] " + key + " '" + value + "' is not a number", ex);
		}
	}

	private double decimal(String section, String key, double fallback) {
		String value = value(section, key);
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(".osu: [" + section + "] " + key + " '" + value + "' is not a number",
					ex);
		}
	}

	private IllegalArgumentException malformed(String problem, @Nullable Throwable cause) {
		return new IllegalArgumentException(".osu: line " + this.lineNumber + " " + problem, cause);
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "..." : text;
	}

}
