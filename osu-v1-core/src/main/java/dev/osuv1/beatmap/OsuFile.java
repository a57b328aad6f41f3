package dev.osuv1.beatmap;

import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Gamemode;
import org.jspecify.annotations.Nullable;

/**
 * The main facts of an {@code .osu} beatmap file: its format version, the fields of [General], [Metadata] and
 * [Difficulty] that describe the map, and counts of its timing points and hit objects. Read one with
 * {@link #read(BeatmapFile)}.
 *
 * <p>Fields a file leaves out take osu!stable's defaults: mode osu!, drain, circle size and overall difficulty 5,
 * approach rate equal to the overall difficulty (files before format v8 have none), slider multiplier 1.4, tick rate 1;
 * absent texts are {@code ""}, and the fields added in later format versions (unicode title and artist, ids) are
 * {@code null}. Hit objects are counted by the bits of their type: 1 circle, 2 slider, 8 spinner, 128 osu!mania hold,
 * which is how get_beatmaps counts {@code count_normal}, {@code count_slider} and {@code count_spinner}.
 *
 * @param formatVersion the {@code N} of the first line, {@code osu file format vN}
 * @param audioFilename [General] AudioFilename
 * @param mode [General] Mode
 * @param title [Metadata] Title, romanised
 * @param titleUnicode [Metadata] TitleUnicode; {@code null} when absent
 * @param artist [Metadata] Artist, romanised
 * @param artistUnicode [Metadata] ArtistUnicode; {@code null} when absent
 * @param creator [Metadata] Creator, the mapper's name
 * @param version [Metadata] Version, the difficulty name
 * @param source [Metadata] Source
 * @param tags [Metadata] Tags, space-separated
 * @param beatmapId [Metadata] BeatmapID; {@code null} when absent
 * @param beatmapsetId [Metadata] BeatmapSetID; {@code null} when absent
 * @param hpDrainRate [Difficulty] HPDrainRate
 * @param circleSize [Difficulty] CircleSize (osu!mania: keys)
 * @param overallDifficulty [Difficulty] OverallDifficulty
 * @param approachRate [Difficulty] ApproachRate
 * @param sliderMultiplier [Difficulty] SliderMultiplier
 * @param sliderTickRate [Difficulty] SliderTickRate
 * @param timingPoints the number of lines in [TimingPoints]
 * @param circles hit objects with the circle bit
 * @param sliders hit objects with the slider bit
 * @param spinners hit objects with the spinner bit
 * @param holds hit objects with the osu!mania hold bit
 */
public record OsuFile(int formatVersion, String audioFilename, Gamemode mode, String title,
		@Nullable String titleUnicode, String artist, @Nullable String artistUnicode, String creator, String version,
		String source, String tags, @Nullable Long beatmapId, @Nullable Long beatmapsetId, double hpDrainRate,
		double circleSize, double overallDifficulty, double approachRate, double sliderMultiplier,
		double sliderTickRate, int timingPoints, int circles, int sliders, int spinners, int holds) {

	/**
	 * Reads a beatmap file fetched with {@code getBeatmapOsu}.
	 * @param file the file
	 * @return its facts
	 * @throws IllegalArgumentException when it is not an {@code .osu} file or a value in it does not parse
	 */
	public static OsuFile read(BeatmapFile file) {
		return OsuFileParser.parse(file.text());
	}

	/**
	 * Reads the text of an {@code .osu} file; line endings may be CRLF or LF.
	 * @param text the file's text
	 * @return its facts
	 * @throws IllegalArgumentException when it is not an {@code .osu} file or a value in it does not parse
	 */
	public static OsuFile parse(String text) {
		return OsuFileParser.parse(text);
	}

	/**
	 * Returns how many hit objects the map has.
	 * @return circles, sliders, spinners and holds together
	 */
	public int hitObjects() {
		return this.circles + this.sliders + this.spinners + this.holds;
	}

}
