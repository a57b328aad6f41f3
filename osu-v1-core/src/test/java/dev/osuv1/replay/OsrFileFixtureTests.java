package dev.osuv1.replay;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import dev.osuv1.RecordedFixtures;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Score;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMAInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code .osr} files in {@code ../shared/fixtures/aiosu/osr} (five exported by osu!stable and osu!lazer, one
 * built by the osu! website), read in place: every field, every frame, and the same bytes when written again. Skipped
 * when the fixtures folder is absent.
 */
class OsrFileFixtureTests {

	private static final String DIR = "aiosu/osr/";

	@Test
	void theWebsitesFileReadsFieldForField() {
		OsrFile file = read("get_score_replay_200.osr");
		assertThat(file.mode()).isEqualTo(Gamemode.OSU);
		assertThat(file.version()).isEqualTo(20220424);
		assertThat(file.beatmapMd5()).isEqualTo("8ab80811868aeb210e16fd55e2955021");
		assertThat(file.playerName()).isEqualTo("choke enough");
		assertThat(file.replayMd5()).isEqualTo("141ea3c1dbef829c7474f4ac0a47d9e6");
		assertThat(counts(file)).containsExactly(1195, 17, 0, 0, 0, 0);
		assertThat(file.score()).isEqualTo(57074453);
		assertThat(file.maxCombo()).isEqualTo(1871);
		assertThat(file.perfect()).isFalse();
		assertThat(file.mods()).isEqualTo(Mods.of(Mod.HD));
		assertThat(file.lifeBar()).isEmpty();
		assertThat(file.timestamp()).isEqualTo(Instant.parse("2022-07-17T13:20:07Z"));
		assertThat(file.replay().size()).isEqualTo(165953);
		assertThat(file.onlineScoreId()).isEqualTo(4220635589L);
		assertThat(file.targetPracticeAccuracy()).isNull();
		assertThat(file.lazerScoreInfo()).isNull();
		assertFrames(file, 23242, 325062, 688096);
	}

	@Test
	void theClientExportedOsuFileHasTheSameReplayDataAsTheWebsites() {
		OsrFile file = read("replay_osu.osr");
		assertThat(file.playerName()).isEqualTo("rHO");
		assertThat(file.replayMd5()).isEqualTo("04bf55fe7111cbc237bdea0bc4cb9f9b");
		assertThat(counts(file)).containsExactly(1195, 17, 0, 379, 17, 0);
		assertThat(file.replay()).isEqualTo(read("get_score_replay_200.osr").replay());
		assertThat(file.onlineScoreId()).isEqualTo(4220635589L);
		assertFrames(file, 23242, 325062, 688096);
	}

	@Test
	void taikoFileReads() {
		OsrFile file = read("replay_taiko.osr");
		assertThat(file.mode()).isEqualTo(Gamemode.TAIKO);
		assertThat(file.version()).isEqualTo(20221220);
		assertThat(file.playerName()).isEqualTo("shinchikuhome");
		assertThat(counts(file)).containsExactly(2950, 1, 0, 9, 0, 0);
		assertThat(file.score()).isEqualTo(3805160);
		assertThat(file.maxCombo()).isEqualTo(2951);
		assertThat(file.perfect()).isTrue();
		assertThat(file.mods()).isEqualTo(Mods.of(Mod.DT));
		assertThat(file.replay().size()).isEqualTo(12744);
		assertThat(file.onlineScoreId()).isEqualTo(176423416L);
		ReplayFrames frames = assertFrames(file, 18926, 328158, 5724142);
		assertThat(frames.frames().get(2)).as("taiko's marker position").extracting(ReplayFrame::x, ReplayFrame::y)
			.containsExactly(320f, 9999f);
	}

	@Test
	void catchFileReads() {
		OsrFile file = read("replay_fruits.osr");
		assertThat(file.mode()).isEqualTo(Gamemode.FRUITS);
		assertThat(file.version()).isEqualTo(20220424);
		assertThat(file.playerName()).isEqualTo("YesMyDarknesss");
		assertThat(counts(file)).containsExactly(3293, 40, 191, 414, 0, 0);
		assertThat(file.score()).isEqualTo(294522574);
		assertThat(file.maxCombo()).isEqualTo(3333);
		assertThat(file.perfect()).isTrue();
		assertThat(file.mods()).isEqualTo(Mods.of(Mod.HR));
		assertThat(file.replay().size()).isEqualTo(104944);
		assertThat(file.onlineScoreId()).isEqualTo(208579641L);
		ReplayFrames frames = assertFrames(file, 26702, 315025, 5028733);
		assertThat(frames.frames().get(1).delta()).as("the skip").isEqualTo(4039);
		assertThat(frames.frames().get(2).delta()).isEqualTo(-4034);
	}

	@Test
	void maniaFileReads() {
		OsrFile file = read("replay_mania.osr");
		assertThat(file.mode()).isEqualTo(Gamemode.MANIA);
		assertThat(file.version()).isEqualTo(20220829);
		assertThat(file.playerName()).isEqualTo("dressurf");
		assertThat(counts(file)).containsExactly(2073, 20, 22, 4545, 179, 50);
		assertThat(file.score()).isEqualTo(893539);
		assertThat(file.maxCombo()).isEqualTo(1920);
		assertThat(file.mods()).isEqualTo(Mods.of(Mod.NC)).hasToString("NC");
		assertThat(file.mods().bits()).isEqualTo(576);
		assertThat(file.replay().size()).isEqualTo(46491);
		assertThat(file.onlineScoreId()).isEqualTo(510674487L);
		assertFrames(file, 29050, 348562, 11547518);
	}

	@Test
	void lazerFileReadsWithItsScoreInfo() throws Exception {
		OsrFile file = read("replay_lazer.osr");
		assertThat(file.mode()).isEqualTo(Gamemode.OSU);
		assertThat(file.version()).isEqualTo(30000001);
		assertThat(file.playerName()).isEqualTo("Nice Aesthetics");
		assertThat(counts(file)).containsExactly(233, 6, 0, 0, 0, 4);
		assertThat(file.score()).isEqualTo(58332);
		assertThat(file.maxCombo()).isEqualTo(105);
		assertThat(file.mods()).isEqualTo(Mods.of(Mod.DT, Mod.RX));
		assertThat(file.timestamp()).as("lazer keeps sub-second ticks")
			.isEqualTo(Instant.parse("2023-01-05T22:43:10.0561474Z"));
		assertThat(file.replay().size()).isEqualTo(36190);
		assertThat(file.onlineScoreId()).isZero();
		assertThat(file.lazerScoreInfo()).hasSize(230);
		try (LZMAInputStream info = new LZMAInputStream(new ByteArrayInputStream(file.lazerScoreInfo()))) {
			assertThat(new String(info.readAllBytes(), StandardCharsets.UTF_8)).startsWith("{")
				.contains("\"acronym\": \"DT\"");
		}
		ReplayFrames frames = assertFrames(file, 5050, 222780, 0);
		assertThat(frames.frames().get(0)).as("lazer has no (256, -500) lead-in frames")
			.isEqualTo(new ReplayFrame(-2, -2, -171.2764f, -55.99997f, 0));
	}

	@Test
	void everyFileIsWrittenBackToTheSameBytes() {
		for (String name : new String[] { "get_score_replay_200.osr", "replay_osu.osr", "replay_taiko.osr",
				"replay_fruits.osr", "replay_mania.osr", "replay_lazer.osr" }) {
			byte[] bytes = RecordedFixtures.bytes(DIR + name);
			assertThat(OsrFile.read(bytes).toBytes()).as(name).isEqualTo(bytes);
		}
	}

	@Test
	void aFileBuiltFromV1DataEqualsTheWebsitesButForTheVersion() {
		byte[] original = RecordedFixtures.bytes(DIR + "get_score_replay_200.osr");
		OsrFile site = OsrFile.read(original);
		// the score as get_scores would return it: the file's counts, mods, date and id, and the grade v1 reports
		Score score = new Score(site.onlineScoreId(), 2906626L, 4819811L, site.playerName(), site.score(),
				site.maxCombo(), site.count50(), site.count100(), site.count300(), site.countMiss(), site.countKatu(),
				site.countGeki(), site.perfect(), site.mods(), site.timestamp(), Grade.SH, null, true, Gamemode.OSU);
		assertThat(score.computedRank()).isEqualTo(Grade.SH);
		OsrFile built = OsrFile.of(site.replay(), score, site.beatmapMd5(), site.playerName());
		assertThat(built.version()).isEqualTo(OsrFile.DEFAULT_VERSION).isNotEqualTo(site.version());
		assertThat(built.replayMd5()).isEqualTo("141ea3c1dbef829c7474f4ac0a47d9e6");
		assertThat(built).isNotEqualTo(site);
		assertThat(built.withVersion(site.version())).isEqualTo(site);
		byte[] bytes = built.toBytes();
		assertThat(bytes).hasSameSizeAs(original);
		assertThat(Arrays.copyOfRange(bytes, 1, 5)).as("the version, 20151228 = 0x01337bbc little-endian")
			.containsExactly(0xbc - 256, 0x7b, 0x33, 0x01);
		assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).as("every other byte")
			.isEqualTo(Arrays.copyOfRange(original, 5, original.length));
		assertThat(bytes[0]).isEqualTo(original[0]);
		assertThat(built.withVersion(site.version()).toBytes()).isEqualTo(original);
	}

	private static OsrFile read(String name) {
		return OsrFile.read(RecordedFixtures.bytes(DIR + name));
	}

	private static int[] counts(OsrFile file) {
		return new int[] { file.count300(), file.count100(), file.count50(), file.countGeki(), file.countKatu(),
				file.countMiss() };
	}

	private static ReplayFrames assertFrames(OsrFile file, int count, long endTime, int seed) {
		ReplayFrames frames = file.frames();
		assertThat(frames.frames()).hasSize(count);
		assertThat(frames.endTime()).isEqualTo(endTime);
		assertThat(frames.seed()).isEqualTo(seed);
		return frames;
	}

}
