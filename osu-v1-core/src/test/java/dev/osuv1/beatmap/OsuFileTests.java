package dev.osuv1.beatmap;

import java.nio.charset.StandardCharsets;

import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Gamemode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code .osu} files the tests write themselves: the sections read, the defaults of old formats, hit objects counted
 * by their type bits, and clear errors.
 */
class OsuFileTests {

	private static final String MAP = """
			osu file format v14

			[General]
			AudioFilename: song.mp3
			AudioLeadIn: 0
			Mode: 3

			[Editor]
			// editor settings say nothing about the map
			DistanceSpacing: 1.2

			[Metadata]
			Title:Made Up
			TitleUnicode:作った
			Artist:Nobody
			ArtistUnicode:誰も
			Creator:someone
			Version:Extra: the hard one
			Source:
			Tags:made up test
			BeatmapID:42
			BeatmapSetID:7

			[Difficulty]
			HPDrainRate:7.5
			CircleSize:7
			OverallDifficulty:8
			ApproachRate:9
			SliderMultiplier:1.4
			SliderTickRate:1

			[Events]
			0,0,"bg.jpg",0,0

			[TimingPoints]
			0,500,4,2,0,100,1,0
			// a comment is not a timing point
			1000,-100,4,2,0,100,0,0

			[HitObjects]
			64,192,0,1,0,0:0:0:0:
			64,192,500,5,0,0:0:0:0:
			192,192,1000,128,0,1500:0:0:0:0:
			320,192,2000,2,0,B|400:192,1,80
			256,192,3000,12,0,4000,0:0:0:0:
			""";

	@Test
	void readsTheVersionAndTheFieldsOfTheMainSections() {
		OsuFile file = OsuFile.parse(MAP.replace("\n", "\r\n"));
		assertThat(file.formatVersion()).isEqualTo(14);
		assertThat(file.audioFilename()).isEqualTo("song.mp3");
		assertThat(file.mode()).isEqualTo(Gamemode.MANIA);
		assertThat(file.title()).isEqualTo("Made Up");
		assertThat(file.titleUnicode()).isEqualTo("作った");
		assertThat(file.artist()).isEqualTo("Nobody");
		assertThat(file.artistUnicode()).isEqualTo("誰も");
		assertThat(file.creator()).isEqualTo("someone");
		assertThat(file.version()).as("only the first colon separates").isEqualTo("Extra: the hard one");
		assertThat(file.source()).isEmpty();
		assertThat(file.tags()).isEqualTo("made up test");
		assertThat(file.beatmapId()).isEqualTo(42L);
		assertThat(file.beatmapsetId()).isEqualTo(7L);
		assertThat(file.hpDrainRate()).isEqualTo(7.5);
		assertThat(file.circleSize()).isEqualTo(7);
		assertThat(file.overallDifficulty()).isEqualTo(8);
		assertThat(file.approachRate()).isEqualTo(9);
		assertThat(file.sliderMultiplier()).isEqualTo(1.4);
		assertThat(file.sliderTickRate()).isEqualTo(1);
	}

	@Test
	void countsTimingPointsAndHitObjectsByTypeBits() {
		OsuFile file = OsuFile.parse(MAP);
		assertThat(file.timingPoints()).isEqualTo(2);
		assertThat(file.circles()).as("1, and 5 = circle + new combo").isEqualTo(2);
		assertThat(file.sliders()).isEqualTo(1);
		assertThat(file.spinners()).as("12 = spinner + new combo").isEqualTo(1);
		assertThat(file.holds()).isEqualTo(1);
		assertThat(file.hitObjects()).isEqualTo(5);
	}

	@Test
	void readsABeatmapFileWithItsByteOrderMark() {
		byte[] bytes = ("\uFEFF" + MAP).getBytes(StandardCharsets.UTF_8);
		assertThat(OsuFile.read(new BeatmapFile(42, bytes, null)).title()).isEqualTo("Made Up");
		assertThat(OsuFile.parse("\uFEFF" + MAP).formatVersion()).isEqualTo(14);
	}

	@Test
	void oldFormatsTakeOsuStablesDefaults() {
		OsuFile file = OsuFile.parse("""
				osu file format v5

				[General]
				AudioFilename: old.mp3

				[Metadata]
				Title:Old

				[Difficulty]
				OverallDifficulty:6
				""");
		assertThat(file.formatVersion()).isEqualTo(5);
		assertThat(file.mode()).isEqualTo(Gamemode.OSU);
		assertThat(file.approachRate()).as("approach rate follows OD before v8").isEqualTo(6);
		assertThat(file.hpDrainRate()).isEqualTo(5);
		assertThat(file.circleSize()).isEqualTo(5);
		assertThat(file.sliderMultiplier()).isEqualTo(1.4);
		assertThat(file.sliderTickRate()).isEqualTo(1);
		assertThat(file.artist()).isEmpty();
		assertThat(file.titleUnicode()).isNull();
		assertThat(file.beatmapId()).isNull();
		assertThat(file.timingPoints()).isZero();
		assertThat(file.hitObjects()).isZero();
	}

	@Test
	void malformedFilesAreRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> OsuFile.parse("<html>Not found</html>"))
			.withMessage(".osu: the file does not start with 'osu file format vN' but with '<html>Not found</html>'");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuFile.parse("osu file format vX"))
			.withMessage(".osu: 'osu file format vX' has no format version number");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuFile.parse("\r\n \n"))
			.withMessage(".osu: the file is empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OsuFile.parse("osu file format v14\n[Difficulty]\nCircleSize:big\n"))
			.withMessage(".osu: [Difficulty] CircleSize 'big' is not a number");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OsuFile.parse("osu file format v14\n[HitObjects]\n1,2,3,x,0\n"))
			.withMessage(".osu: line 3 has a hit object type that is not an integer: '1,2,3,x,0'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OsuFile.parse("osu file format v14\n[HitObjects]\n\n1,2\n"))
			.withMessage(".osu: line 4 is not a hit object (x,y,time,type,...): '1,2'");
	}

}
