package dev.osuv1.replay;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Replay;
import org.jspecify.annotations.Nullable;

/**
 * Reads the little-endian fields of an {@code .osr} file, failing with the name of the field and its offset when the
 * file is cut short or holds a value the format does not allow.
 */
final class OsrReader {

	private final byte[] bytes;

	private int position;

	private OsrReader(byte[] bytes) {
		this.bytes = bytes;
	}

	static OsrFile read(byte[] bytes) {
		return new OsrReader(bytes).file();
	}

	private OsrFile file() {
		int modeId = readByte("mode");
		Gamemode mode = Gamemode.fromId(modeId);
		if (mode == Gamemode.UNKNOWN) {
			throw malformed("mode", 0, "is " + modeId + ", not a game mode (0-3)");
		}
		int version = readInt("version");
		String beatmapMd5 = orEmpty(readString("beatmap MD5"));
		String playerName = orEmpty(readString("player name"));
		String replayMd5 = orEmpty(readString("replay MD5"));
		int count300 = readUnsignedShort("count300");
		int count100 = readUnsignedShort("count100");
		int count50 = readUnsignedShort("count50");
		int countGeki = readUnsignedShort("countGeki");
		int countKatu = readUnsignedShort("countKatu");
		int countMiss = readUnsignedShort("countMiss");
		int score = readInt("score");
		int maxCombo = readUnsignedShort("max combo");
		boolean perfect = readByte("perfect") != 0;
		Mods mods = Mods.of(Integer.toUnsignedLong(readInt("mods")));
		String lifeBar = readString("life bar");
		long ticks = readLong("timestamp");
		if (ticks < 0 || ticks > OsrFile.MAX_TICKS) {
			throw malformed("timestamp", this.position - 8, "is " + ticks + ", not a date in .NET ticks");
		}
		Replay replay = new Replay(readBytes(readLength("replay data length"), "replay data"));
		Long onlineScoreId = null;
		if (version >= OsrFile.FIRST_LONG_SCORE_ID_VERSION) {
			onlineScoreId = readLong("online score id");
		}
		else if (version >= OsrFile.FIRST_SCORE_ID_VERSION) {
			onlineScoreId = (long) readInt("online score id");
		}
		Double targetPractice = mods.contains(Mod.TP) ? Double.longBitsToDouble(readLong("target practice accuracy"))
				: null;
		byte[] lazerScoreInfo = null;
		if (version >= OsrFile.FIRST_LAZER_VERSION && this.position < this.bytes.length) {
			int length = readInt("lazer score info length");
			lazerScoreInfo = (length >= 0) ? readBytes(length, "lazer score info") : null;
		}
		if (this.position != this.bytes.length) {
			throw new ReplayFormatException(".osr: " + (this.bytes.length - this.position)
					+ " unexpected bytes after the last field, at offset " + this.position);
		}
		return new OsrFile(mode, version, beatmapMd5, playerName, replayMd5, count300, count100, count50, countGeki,
				countKatu, countMiss, score, maxCombo, perfect, mods, lifeBar, OsrFile.fromTicks(ticks), replay,
				onlineScoreId, targetPractice, lazerScoreInfo);
	}

	private int readByte(String field) {
		require(1, field);
		return this.bytes[this.position++] & 0xff;
	}

	private int readUnsignedShort(String field) {
		require(2, field);
		int value = (this.bytes[this.position] & 0xff) | (this.bytes[this.position + 1] & 0xff) << 8;
		this.position += 2;
		return value;
	}

	private int readInt(String field) {
		require(4, field);
		int value = 0;
		for (int i = 3; i >= 0; i--) {
			value = (value << 8) | (this.bytes[this.position + i] & 0xff);
		}
		this.position += 4;
		return value;
	}

	private long readLong(String field) {
		require(8, field);
		long value = 0;
		for (int i = 7; i >= 0; i--) {
			value = (value << 8) | (this.bytes[this.position + i] & 0xff);
		}
		this.position += 8;
		return value;
	}

	private int readLength(String field) {
		int length = readInt(field);
		if (length < 0) {
			throw malformed(field, this.position - 4, "is negative (" + length + ")");
		}
		return length;
	}

	private byte[] readBytes(int length, String field) {
		require(length, field);
		byte[] value = Arrays.copyOfRange(this.bytes, this.position, this.position + length);
		this.position += length;
		return value;
	}

	/** A string: {@code 0x00} for none, or {@code 0x0b}, its UTF-8 length as ULEB128, and the bytes. */
	private @Nullable String readString(String field) {
		int start = this.position;
		int marker = readByte(field);
		if (marker == 0x00) {
			return null;
		}
		if (marker != 0x0b) {
			throw malformed(field, start, "starts with 0x" + Integer.toHexString(marker) + ", not 0x00 or 0x0b");
		}
		long length = 0;
		for (int shift = 0;; shift += 7) {
			if (shift > 28) {
				throw malformed(field, start, "has a length longer than 5 bytes");
			}
			int b = readByte(field + " length");
			length |= (long) (b & 0x7f) << shift;
			if ((b & 0x80) == 0) {
				break;
			}
		}
		if (length > this.bytes.length - this.position) {
			throw malformed(field, start, "is " + length + " bytes long but only " + (this.bytes.length - this.position)
					+ " remain");
		}
		return new String(readBytes((int) length, field), StandardCharsets.UTF_8);
	}

	private void require(int length, String field) {
		if (length > this.bytes.length - this.position) {
			throw new ReplayFormatException(".osr: the file ends inside the " + field + " at offset " + this.position
					+ " (" + this.bytes.length + " bytes in all)");
		}
	}

	private ReplayFormatException malformed(String field, int offset, String problem) {
		return new ReplayFormatException(".osr: the " + field + " at offset " + offset + " " + problem);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
