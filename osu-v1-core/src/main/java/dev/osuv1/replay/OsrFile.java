package dev.osuv1.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import org.jspecify.annotations.Nullable;

/**
 * A whole {@code .osr} replay file, field for field in the order of the file (osu-api-v1.md section 6.2): what osu!
 * opens, unlike the bare frame data get_replay returns. {@link #read(byte[])} and {@link #toBytes()} convert
 * losslessly, so a file read and written again is the same bytes; {@link #of(Replay, Score, String, String)} builds
 * one from v1 data the way the osu! website does for its downloads.
 *
 * <p>Text fields an {@code .osr} file leaves out (byte {@code 0x00}) read as {@code ""}, and {@code ""} is written as
 * an empty string ({@code 0x0b 0x00}); only the life bar keeps the difference, as {@code null}, because the osu! client
 * and website write it differently.
 *
 * @param mode the game mode
 * @param version the osu! version that wrote it, {@code YYYYMMDD} (lazer: 30000000 and above); it decides which
 * fields follow the replay data
 * @param beatmapMd5 the MD5 of the beatmap's {@code .osu} file, as hex ({@code file_md5} in get_beatmaps)
 * @param playerName the player's name
 * @param replayMd5 the replay's checksum, as hex (see {@link #replayMd5(Score, String, String)})
 * @param count300 300s (catch: fruits)
 * @param count100 100s (taiko: 150s; catch: drops)
 * @param count50 50s (catch: droplets)
 * @param countGeki gekis (mania: MAX)
 * @param countKatu katus (mania: 200s; catch: missed droplets)
 * @param countMiss misses
 * @param score total score
 * @param maxCombo highest combo
 * @param perfect whether the map's maximum combo was reached
 * @param mods the mods played with
 * @param lifeBar the life bar graph, comma-separated {@code time|life} pairs; {@code null} when the file leaves it out
 * @param timestamp when the play was set, to 100 ns
 * @param replay the LZMA-compressed frame data, exactly what get_replay returns
 * @param onlineScoreId the score id; {@code null} exactly when the version is older than 20121008 (the file has none)
 * @param targetPracticeAccuracy the total accuracy of all hits; present exactly when the mods hold Target Practice
 * @param lazerScoreInfo osu!lazer's LZMA-compressed JSON score information, present only in lazer files
 */
public record OsrFile(Gamemode mode, int version, String beatmapMd5, String playerName, String replayMd5,
		int count300, int count100, int count50, int countGeki, int countKatu, int countMiss, int score,
		int maxCombo, boolean perfect, Mods mods, @Nullable String lifeBar, Instant timestamp, Replay replay,
		@Nullable Long onlineScoreId, @Nullable Double targetPracticeAccuracy, byte @Nullable [] lazerScoreInfo) {

	/**
	 * The version the osu! website writes when it does not know the client's (osu-web {@code LegacyReplayFile}).
	 */
	public static final int DEFAULT_VERSION = 20151228;

	/** The first version whose files hold the online score id, as a 32-bit integer. */
	static final int FIRST_SCORE_ID_VERSION = 20121008;

	/** The first version whose files hold the online score id as a 64-bit integer. */
	static final int FIRST_LONG_SCORE_ID_VERSION = 20140721;

	/** The first osu!lazer version, whose files end with its own score information. */
	static final int FIRST_LAZER_VERSION = 30000001;

	/** .NET ticks (100 ns since 0001-01-01) at the Unix epoch. */
	private static final long TICKS_AT_EPOCH = 621_355_968_000_000_000L;

	private static final long TICKS_PER_SECOND = 10_000_000L;

	/** The last .NET tick, in the last 100 ns of the year 9999. */
	static final long MAX_TICKS = 3_155_378_975_999_999_999L;

	/**
	 * Creates a file, checking that every field fits the format and that the optional fields are present exactly when
	 * the version and mods call for them.
	 * @param mode the game mode
	 * @param version the osu! version that wrote it, {@code YYYYMMDD} (lazer: 30000000 and above); it decides which
	 * fields follow the replay data
	 * @param beatmapMd5 the MD5 of the beatmap's {@code .osu} file, as hex ({@code file_md5} in get_beatmaps)
	 * @param playerName the player's name
	 * @param replayMd5 the replay's checksum, as hex (see {@link #replayMd5(Score, String, String)})
	 * @param count300 300s (catch: fruits)
	 * @param count100 100s (taiko: 150s; catch: drops)
	 * @param count50 50s (catch: droplets)
	 * @param countGeki gekis (mania: MAX)
	 * @param countKatu katus (mania: 200s; catch: missed droplets)
	 * @param countMiss misses
	 * @param score total score
	 * @param maxCombo highest combo
	 * @param perfect whether the map's maximum combo was reached
	 * @param mods the mods played with
	 * @param lifeBar the life bar graph, comma-separated {@code time|life} pairs; {@code null} when the file leaves it
	 * out
	 * @param timestamp when the play was set, to 100 ns
	 * @param replay the LZMA-compressed frame data, exactly what get_replay returns
	 * @param onlineScoreId the score id; {@code null} exactly when the version is older than 20121008 (the file has
	 * none)
	 * @param targetPracticeAccuracy the total accuracy of all hits; present exactly when the mods hold Target Practice
	 * @param lazerScoreInfo osu!lazer's LZMA-compressed JSON score information, present only in lazer files
	 * @throws IllegalArgumentException when a field does not fit the format
	 */
	public OsrFile {
		if (mode == null || mode == Gamemode.UNKNOWN) {
			throw new IllegalArgumentException("mode must be osu, taiko, fruits or mania, but was " + mode);
		}
		requireNonNull(beatmapMd5, "beatmapMd5");
		requireNonNull(playerName, "playerName");
		requireNonNull(replayMd5, "replayMd5");
		requireNonNull(mods, "mods");
		requireNonNull(timestamp, "timestamp");
		requireNonNull(replay, "replay");
		requireUnsignedShort(count300, "count300");
		requireUnsignedShort(count100, "count100");
		requireUnsignedShort(count50, "count50");
		requireUnsignedShort(countGeki, "countGeki");
		requireUnsignedShort(countKatu, "countKatu");
		requireUnsignedShort(countMiss, "countMiss");
		requireUnsignedShort(maxCombo, "maxCombo");
		if (mods.bits() > 0xFFFFFFFFL) {
			throw new IllegalArgumentException("mods must fit 32 bits, but were " + mods.bits());
		}
		if (timestamp.isBefore(fromTicks(0)) || timestamp.isAfter(fromTicks(MAX_TICKS))) {
			throw new IllegalArgumentException("timestamp must be in the years 1 to 9999 (.NET ticks), but was "
					+ timestamp);
		}
		if (version < FIRST_SCORE_ID_VERSION) {
			if (onlineScoreId != null) {
				throw new IllegalArgumentException("onlineScoreId must be null for versions before "
						+ FIRST_SCORE_ID_VERSION + " (the file has no such field), but version is " + version);
			}
		}
		else if (onlineScoreId == null) {
			throw new IllegalArgumentException("onlineScoreId is required from version " + FIRST_SCORE_ID_VERSION
					+ " on (use 0 when unknown), but version is " + version);
		}
		else if (version < FIRST_LONG_SCORE_ID_VERSION && onlineScoreId != (int) (long) onlineScoreId) {
			throw new IllegalArgumentException("onlineScoreId must fit 32 bits before version "
					+ FIRST_LONG_SCORE_ID_VERSION + ", but was " + onlineScoreId);
		}
		if (mods.contains(Mod.TP) != (targetPracticeAccuracy != null)) {
			throw new IllegalArgumentException("targetPracticeAccuracy must be given exactly when the mods hold "
					+ "Target Practice (mods " + mods + ")");
		}
		if (lazerScoreInfo != null) {
			if (version < FIRST_LAZER_VERSION) {
				throw new IllegalArgumentException("lazerScoreInfo needs a lazer version (" + FIRST_LAZER_VERSION
						+ " or later), but version is " + version);
			}
			lazerScoreInfo = lazerScoreInfo.clone();
		}
	}

	/**
	 * Builds the file the osu! website would serve for a score (osu-api-v1.md section 6.3): version
	 * {@value #DEFAULT_VERSION}, the score's counts, mods, date and id (0 when it has none), an empty life bar written
	 * as the website writes it, and the replay checksum of {@link #replayMd5(Score, String, String)}. Target Practice
	 * scores (unranked, so v1 has no replay of them) get the accuracy of their counts, as v1 gives no other.
	 * @param replay the replay data from get_replay for this score
	 * @param score the score, from get_scores, get_user_best or get_user_recent
	 * @param beatmapMd5 the beatmap's {@code file_md5} from get_beatmaps (score rows do not have it)
	 * @param playerName the player's name: {@link Score#username()} from get_scores, otherwise from get_user
	 * @return the file
	 * @throws IllegalArgumentException when the score's mode is unknown or a value does not fit the format
	 */
	public static OsrFile of(Replay replay, Score score, String beatmapMd5, String playerName) {
		requireNonNull(score, "score");
		if (score.score() < 0 || score.score() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("score must fit a 32-bit integer, but was " + score.score());
		}
		Long scoreId = (score.scoreId() != null) ? score.scoreId() : 0L;
		Double targetPractice = score.mods().contains(Mod.TP) ? score.accuracy() : null;
		return new OsrFile(score.mode(), DEFAULT_VERSION, beatmapMd5, playerName,
				replayMd5(score, beatmapMd5, playerName), score.count300(), score.count100(), score.count50(),
				score.countGeki(), score.countKatu(), score.countMiss(), (int) score.score(), score.maxCombo(),
				score.perfect(), score.mods(), "", score.date(), replay, scoreId, targetPractice, null);
	}

	/**
	 * Returns the replay checksum osu! stores in the file: the lowercase hex MD5 of
	 * {@code "{maxcombo}osu{username}{file_md5}{score}{rank}"}, where {@code rank} is the grade as the API writes it
	 * ({@code SH}, {@code X}, ...). A score whose grade is {@link Grade#UNKNOWN} uses {@link Score#computedRank()}.
	 * @param score the score
	 * @param beatmapMd5 the beatmap's {@code file_md5}
	 * @param playerName the player's name
	 * @return 32 hex characters
	 */
	public static String replayMd5(Score score, String beatmapMd5, String playerName) {
		Grade rank = (score.rank() != Grade.UNKNOWN) ? score.rank() : score.computedRank();
		String text = score.maxCombo() + "osu" + playerName + beatmapMd5 + score.score() + rank.name();
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JVM", ex);
		}
	}

	/**
	 * Reads an {@code .osr} file.
	 * @param bytes the whole file
	 * @return the file's fields
	 * @throws ReplayFormatException when the bytes are not a complete {@code .osr} file
	 */
	public static OsrFile read(byte[] bytes) {
		return OsrReader.read(bytes);
	}

	/**
	 * Reads an {@code .osr} file to the end of the stream, which is not closed.
	 * @param in the file's bytes
	 * @return the file's fields
	 * @throws IOException when reading the stream fails
	 * @throws ReplayFormatException when the bytes are not a complete {@code .osr} file
	 */
	public static OsrFile read(InputStream in) throws IOException {
		return OsrReader.read(in.readAllBytes());
	}

	/**
	 * Returns the file's bytes.
	 * @return the {@code .osr} file
	 */
	public byte[] toBytes() {
		return OsrWriter.write(this);
	}

	/**
	 * Writes the file to a stream, which is not closed.
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public void writeTo(OutputStream out) throws IOException {
		out.write(toBytes());
	}

	/**
	 * Returns this file as written by another osu! version; use the player's real client version when known.
	 * @param version {@code YYYYMMDD}; from 20121008 on the file keeps this one's score id
	 * @return a new file
	 * @throws IllegalArgumentException when this file's fields do not fit that version
	 */
	public OsrFile withVersion(int version) {
		return new OsrFile(this.mode, version, this.beatmapMd5, this.playerName, this.replayMd5, this.count300,
				this.count100, this.count50, this.countGeki, this.countKatu, this.countMiss, this.score, this.maxCombo,
				this.perfect, this.mods, this.lifeBar, this.timestamp, this.replay, this.onlineScoreId,
				this.targetPracticeAccuracy, this.lazerScoreInfo);
	}

	/**
	 * Decompresses and reads every frame of the replay data.
	 * @return the frames and the RNG seed
	 * @throws ReplayFormatException when the data is corrupt or a frame is malformed
	 * @see ReplayFrameReader to read them one at a time
	 */
	public ReplayFrames frames() {
		return ReplayFrames.decode(this.replay);
	}

	/**
	 * Returns a copy of osu!lazer's compressed score information.
	 * @return the bytes, or {@code null} when the file has none
	 */
	@Override
	public byte @Nullable [] lazerScoreInfo() {
		return (this.lazerScoreInfo != null) ? this.lazerScoreInfo.clone() : null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof OsrFile file) && this.mode == file.mode && this.version == file.version
				&& this.beatmapMd5.equals(file.beatmapMd5) && this.playerName.equals(file.playerName)
				&& this.replayMd5.equals(file.replayMd5) && this.count300 == file.count300
				&& this.count100 == file.count100 && this.count50 == file.count50 && this.countGeki == file.countGeki
				&& this.countKatu == file.countKatu && this.countMiss == file.countMiss && this.score == file.score
				&& this.maxCombo == file.maxCombo && this.perfect == file.perfect && this.mods.equals(file.mods)
				&& Objects.equals(this.lifeBar, file.lifeBar) && this.timestamp.equals(file.timestamp)
				&& this.replay.equals(file.replay) && Objects.equals(this.onlineScoreId, file.onlineScoreId)
				&& Objects.equals(this.targetPracticeAccuracy, file.targetPracticeAccuracy)
				&& Arrays.equals(this.lazerScoreInfo, file.lazerScoreInfo);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.mode, this.version, this.beatmapMd5, this.playerName, this.replayMd5, this.score,
				this.mods, this.timestamp, this.replay, this.onlineScoreId) * 31 + Arrays.hashCode(this.lazerScoreInfo);
	}

	@Override
	public String toString() {
		return "OsrFile[mode=" + this.mode + ", version=" + this.version + ", beatmapMd5=" + this.beatmapMd5
				+ ", playerName=" + this.playerName + ", replayMd5=" + this.replayMd5 + ", count300=" + this.count300
				+ ", count100=" + this.count100 + ", count50=" + this.count50 + ", countGeki=" + this.countGeki
				+ ", countKatu=" + this.countKatu + ", countMiss=" + this.countMiss + ", score=" + this.score
				+ ", maxCombo=" + this.maxCombo + ", perfect=" + this.perfect + ", mods=" + this.mods + ", lifeBar="
				+ ((this.lifeBar != null) ? this.lifeBar.length() + " chars" : null) + ", timestamp=" + this.timestamp
				+ ", replay=" + this.replay + ", onlineScoreId=" + this.onlineScoreId + ", targetPracticeAccuracy="
				+ this.targetPracticeAccuracy + ", lazerScoreInfo="
				+ ((this.lazerScoreInfo != null) ? this.lazerScoreInfo.length + " bytes" : null) + "]";
	}

	/** Converts .NET ticks (100 ns since 0001-01-01 UTC) to an instant. */
	static Instant fromTicks(long ticks) {
		long sinceEpoch = ticks - TICKS_AT_EPOCH;
		return Instant.ofEpochSecond(Math.floorDiv(sinceEpoch, TICKS_PER_SECOND),
				Math.floorMod(sinceEpoch, TICKS_PER_SECOND) * 100);
	}

	/** Converts an instant to .NET ticks, dropping what is finer than 100 ns. */
	static long toTicks(Instant instant) {
		return instant.getEpochSecond() * TICKS_PER_SECOND + instant.getNano() / 100 + TICKS_AT_EPOCH;
	}

	private static void requireNonNull(@Nullable Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
	}

	private static void requireUnsignedShort(int value, String name) {
		if (value < 0 || value > 0xFFFF) {
			throw new IllegalArgumentException(name + " must be between 0 and 65535 (an unsigned 16-bit count), "
					+ "but was " + value);
		}
	}

}
