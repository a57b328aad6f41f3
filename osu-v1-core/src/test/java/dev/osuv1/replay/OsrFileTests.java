package dev.osuv1.replay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code .osr} files built, written and read back, on data the tests make themselves: the layout of section 6.2 byte
 * by byte, the fields that depend on the version and mods, the replay checksum, and clear errors for broken files.
 */
class OsrFileTests {

	private static final String BEATMAP_MD5 = "8ab80811868aeb210e16fd55e2955021";

	private static final Instant SET_AT = Instant.parse("2022-07-17T13:20:07Z");

	private final Replay replay = TestReplays.compress("0|256|-500|0,-1|256|-500|0,16|100|200|1,-12345|0|0|42,");

	@Test
	void replayChecksumIsTheMd5OfComboNameBeatmapScoreAndGrade() {
		// the reference's verified example: md5("1871osuchoke enough8ab80811868aeb210e16fd55e295502157074453SH")
		Score score = score(Gamemode.OSU, 57074453L, 1871, Mods.of(Mod.HD), Grade.SH, 4220635589L);
		assertThat(OsrFile.replayMd5(score, BEATMAP_MD5, "choke enough")).isEqualTo("141ea3c1dbef829c7474f4ac0a47d9e6");
	}

	@Test
	void aScoreWithoutAKnownGradeUsesTheComputedOneInTheChecksum() {
		Score known = score(Gamemode.OSU, 57074453L, 1871, Mods.of(Mod.HD), Grade.SH, 1L);
		Score unknown = score(Gamemode.OSU, 57074453L, 1871, Mods.of(Mod.HD), Grade.UNKNOWN, 1L);
		assertThat(unknown.computedRank()).isEqualTo(Grade.SH);
		assertThat(OsrFile.replayMd5(unknown, BEATMAP_MD5, "p")).isEqualTo(OsrFile.replayMd5(known, BEATMAP_MD5, "p"));
	}

	@Test
	void aFileBuiltFromAScoreHasTheWebsitesFields() {
		Score score = score(Gamemode.OSU, 57074453L, 1871, Mods.of(Mod.HD), Grade.SH, 4220635589L);
		OsrFile file = OsrFile.of(this.replay, score, BEATMAP_MD5, "choke enough");
		assertThat(file.mode()).isEqualTo(Gamemode.OSU);
		assertThat(file.version()).isEqualTo(OsrFile.DEFAULT_VERSION).isEqualTo(20151228);
		assertThat(file.beatmapMd5()).isEqualTo(BEATMAP_MD5);
		assertThat(file.playerName()).isEqualTo("choke enough");
		assertThat(file.replayMd5()).isEqualTo("141ea3c1dbef829c7474f4ac0a47d9e6");
		assertThat(file.count300()).isEqualTo(1195);
		assertThat(file.count100()).isEqualTo(17);
		assertThat(file.countGeki()).isEqualTo(3);
		assertThat(file.countKatu()).isEqualTo(4);
		assertThat(file.score()).isEqualTo(57074453);
		assertThat(file.maxCombo()).isEqualTo(1871);
		assertThat(file.perfect()).isFalse();
		assertThat(file.mods()).isEqualTo(Mods.of(Mod.HD));
		assertThat(file.lifeBar()).isEmpty();
		assertThat(file.timestamp()).isEqualTo(SET_AT);
		assertThat(file.replay()).isEqualTo(this.replay);
		assertThat(file.onlineScoreId()).isEqualTo(4220635589L);
		assertThat(file.targetPracticeAccuracy()).isNull();
		assertThat(file.lazerScoreInfo()).isNull();
		assertThat(file.frames().seed()).isEqualTo(42);
	}

	@Test
	void theBytesFollowTheLayoutLittleEndian() {
		Score score = score(Gamemode.TAIKO, 123456L, 300, Mods.of(Mod.DT), Grade.A, 0x0102030405L);
		OsrFile file = OsrFile.of(this.replay, score, "abc", "Ab");
		ByteBuffer bytes = ByteBuffer.wrap(file.toBytes()).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(bytes.get()).isEqualTo((byte) 1);
		assertThat(bytes.getInt()).isEqualTo(20151228);
		assertThat(string(bytes)).isEqualTo("abc");
		assertThat(string(bytes)).isEqualTo("Ab");
		assertThat(string(bytes)).isEqualTo(file.replayMd5());
		assertThat(new int[] { bytes.getShort(), bytes.getShort(), bytes.getShort(), bytes.getShort(),
				bytes.getShort(), bytes.getShort() })
			.containsExactly(1195, 17, 0, 3, 4, 0);
		assertThat(bytes.getInt()).isEqualTo(123456);
		assertThat(bytes.getShort()).isEqualTo((short) 300);
		assertThat(bytes.get()).isEqualTo((byte) 0);
		assertThat(bytes.getInt()).isEqualTo(64);
		assertThat(new byte[] { bytes.get(), bytes.get() }).as("empty life bar, as the website writes it")
			.containsExactly(0x0b, 0x00);
		assertThat(bytes.getLong()).as(".NET ticks").isEqualTo(1658064007L * 10_000_000L + 621_355_968_000_000_000L)
			.isEqualTo(637936608070000000L);
		int length = bytes.getInt();
		assertThat(length).isEqualTo(this.replay.size());
		byte[] data = new byte[length];
		bytes.get(data);
		assertThat(data).isEqualTo(this.replay.data());
		assertThat(bytes.getLong()).as("score id as int64").isEqualTo(0x0102030405L);
		assertThat(bytes.hasRemaining()).isFalse();
	}

	@Test
	void aWrittenFileReadsBackFieldForField() throws Exception {
		OsrFile file = OsrFile.of(this.replay, score(Gamemode.MANIA, 893539L, 1920, Mods.of(576), Grade.B, 510674487L),
				"eee677119f5c2d8bff89f2f0564b9b55", "dressurf");
		byte[] bytes = file.toBytes();
		assertThat(OsrFile.read(bytes)).isEqualTo(file).hasToString(file.toString());
		assertThat(OsrFile.read(new ByteArrayInputStream(bytes))).isEqualTo(file);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.writeTo(out);
		assertThat(out.toByteArray()).isEqualTo(bytes);
		assertThat(OsrFile.read(bytes).hashCode()).isEqualTo(file.hashCode());
	}

	@Test
	void namesLongerThan127BytesTakeATwoByteLength() {
		String name = "é".repeat(100);
		OsrFile file = OsrFile.of(this.replay, score(Gamemode.OSU, 1L, 1, Mods.NONE, Grade.D, 1L), BEATMAP_MD5, name);
		byte[] bytes = file.toBytes();
		int at = 1 + 4 + 2 + BEATMAP_MD5.length();
		assertThat(Arrays.copyOfRange(bytes, at, at + 3)).containsExactly(0x0b, 0xc8 - 256, 0x01);
		assertThat(OsrFile.read(bytes).playerName()).isEqualTo(name);
	}

	@Test
	void theScoreIdIsAnInt32BeforeVersion20140721AndAbsentBefore20121008() {
		OsrFile file = OsrFile.of(this.replay, score(Gamemode.OSU, 1L, 1, Mods.NONE, Grade.D, 77L), BEATMAP_MD5, "p");
		int int64Length = file.toBytes().length;
		OsrFile int32 = file.withVersion(20130319);
		assertThat(int32.toBytes()).hasSize(int64Length - 4);
		assertThat(OsrFile.read(int32.toBytes())).isEqualTo(int32);
		OsrFile old = new OsrFile(Gamemode.OSU, 20120101, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true, Mods.NONE,
				null, SET_AT, this.replay, null, null, null);
		// two 1-character digests instead of 32, a 1-byte absent life bar instead of 2, and no score id
		assertThat(old.toBytes()).hasSize(int64Length - 31 - 31 - 1 - 8);
		assertThat(OsrFile.read(old.toBytes())).isEqualTo(old);
		assertThatIllegalArgumentException().isThrownBy(() -> file.withVersion(20120101))
			.withMessageContaining("onlineScoreId must be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OsrFile.of(this.replay, score(Gamemode.OSU, 1L, 1, Mods.NONE, Grade.D, 1L << 40),
					BEATMAP_MD5, "p").withVersion(20130319))
			.withMessageContaining("must fit 32 bits");
	}

	@Test
	void anAbsentLifeBarIsOneZeroByteAndStaysAbsent() {
		OsrFile file = new OsrFile(Gamemode.OSU, 20220424, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true, Mods.NONE,
				null, SET_AT, this.replay, 5L, null, null);
		OsrFile empty = new OsrFile(Gamemode.OSU, 20220424, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true, Mods.NONE,
				"", SET_AT, this.replay, 5L, null, null);
		assertThat(empty.toBytes()).hasSize(file.toBytes().length + 1);
		assertThat(OsrFile.read(file.toBytes()).lifeBar()).isNull();
		assertThat(OsrFile.read(empty.toBytes()).lifeBar()).isEmpty();
		OsrFile graph = new OsrFile(Gamemode.OSU, 20220424, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true, Mods.NONE,
				"1062|1,2906|0.98,", SET_AT, this.replay, 5L, null, null);
		assertThat(OsrFile.read(graph.toBytes()).lifeBar()).isEqualTo("1062|1,2906|0.98,");
	}

	@Test
	void targetPracticeFilesCarryTheAccuracyAfterTheScoreId() {
		Score score = score(Gamemode.OSU, 1000L, 10, Mods.of(Mod.TP), Grade.A, 9L);
		OsrFile file = OsrFile.of(this.replay, score, BEATMAP_MD5, "p");
		assertThat(file.targetPracticeAccuracy()).isEqualTo(score.accuracy());
		byte[] bytes = file.toBytes();
		double written = ByteBuffer.wrap(bytes, bytes.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
		assertThat(written).isEqualTo(score.accuracy());
		assertThat(OsrFile.read(bytes)).isEqualTo(file);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OsrFile(Gamemode.OSU, 20220424, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true,
					Mods.of(Mod.TP), "", SET_AT, this.replay, 5L, null, null))
			.withMessageContaining("Target Practice");
	}

	@Test
	void lazerFilesEndWithTheirScoreInfo() {
		byte[] info = { 1, 2, 3 };
		OsrFile file = new OsrFile(Gamemode.OSU, 30000001, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true, Mods.NONE, "",
				Instant.parse("2023-01-01T10:00:00.1234567Z"), this.replay, 0L, null, info);
		byte[] bytes = file.toBytes();
		assertThat(Arrays.copyOfRange(bytes, bytes.length - 7, bytes.length)).containsExactly(3, 0, 0, 0, 1, 2, 3);
		OsrFile read = OsrFile.read(bytes);
		assertThat(read).isEqualTo(file);
		assertThat(read.timestamp()).as("kept to 100 ns").isEqualTo(Instant.parse("2023-01-01T10:00:00.1234567Z"));
		info[0] = 9;
		assertThat(file.lazerScoreInfo()).as("copied in").containsExactly(1, 2, 3);
		assertThatIllegalArgumentException().isThrownBy(() -> file.withVersion(20220424))
			.withMessageContaining("lazerScoreInfo needs a lazer version");
	}

	@Test
	void fieldsOutsideTheFormatAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OsrFile(Gamemode.OSU, 20220424, "a", "b", "c", 65536, 0, 0, 0, 0, 0, 300, 1, true,
					Mods.NONE, "", SET_AT, this.replay, 5L, null, null))
			.withMessage("count300 must be between 0 and 65535 (an unsigned 16-bit count), but was 65536");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OsrFile(Gamemode.UNKNOWN, 20220424, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true,
					Mods.NONE, "", SET_AT, this.replay, 5L, null, null))
			.withMessageContaining("mode");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OsrFile(Gamemode.OSU, 20220424, "a", "b", "c", 1, 0, 0, 0, 0, 0, 300, 1, true,
					Mods.NONE, "", SET_AT, this.replay, null, null, null))
			.withMessageContaining("onlineScoreId is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OsrFile.of(this.replay,
					score(Gamemode.OSU, 3_000_000_000L, 1, Mods.NONE, Grade.D, 1L), BEATMAP_MD5, "p"))
			.withMessageContaining("score must fit a 32-bit integer");
	}

	@Test
	void aScoreWithoutIdGetsZero() {
		OsrFile file = OsrFile.of(this.replay, score(Gamemode.OSU, 1L, 1, Mods.NONE, Grade.D, null), BEATMAP_MD5, "p");
		assertThat(file.onlineScoreId()).isZero();
	}

	@Test
	void brokenFilesSayWhereTheyBreak() {
		byte[] bytes = OsrFile.of(this.replay, score(Gamemode.OSU, 1L, 1, Mods.NONE, Grade.D, 1L), BEATMAP_MD5, "p")
			.toBytes();
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> OsrFile.read(Arrays.copyOf(bytes, bytes.length - 3)))
			.withMessage(".osr: the file ends inside the online score id at offset " + (bytes.length - 8) + " ("
					+ (bytes.length - 3) + " bytes in all)");
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> OsrFile.read(Arrays.copyOf(bytes, bytes.length + 2)))
			.withMessage(".osr: 2 unexpected bytes after the last field, at offset " + bytes.length);
		byte[] badMode = bytes.clone();
		badMode[0] = 7;
		assertThatExceptionOfType(ReplayFormatException.class).isThrownBy(() -> OsrFile.read(badMode))
			.withMessage(".osr: the mode at offset 0 is 7, not a game mode (0-3)");
		byte[] badString = bytes.clone();
		badString[5] = 0x0c;
		assertThatExceptionOfType(ReplayFormatException.class).isThrownBy(() -> OsrFile.read(badString))
			.withMessage(".osr: the beatmap MD5 at offset 5 starts with 0xc, not 0x00 or 0x0b");
		assertThatExceptionOfType(ReplayFormatException.class).isThrownBy(() -> OsrFile.read(new byte[0]))
			.withMessage(".osr: the file ends inside the mode at offset 0 (0 bytes in all)");
	}

	private static String string(ByteBuffer bytes) {
		assertThat(bytes.get()).isEqualTo((byte) 0x0b);
		int length = bytes.get();
		byte[] text = new byte[length];
		bytes.get(text);
		return new String(text, StandardCharsets.UTF_8);
	}

	private static Score score(Gamemode mode, long total, int maxCombo, Mods mods, Grade rank, Long scoreId) {
		return new Score(scoreId, 2906626L, 4819811L, null, total, maxCombo, 0, 17, 1195, 0, 4, 3, false, mods, SET_AT,
				rank, null, true, mode);
	}

}
