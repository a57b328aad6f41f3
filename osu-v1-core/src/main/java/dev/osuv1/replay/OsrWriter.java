package dev.osuv1.replay;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Writes the little-endian fields of an {@code .osr} file in the format's order; which optional fields follow the
 * replay data is already settled by {@link OsrFile}'s checks.
 */
final class OsrWriter {

	private final ByteArrayOutputStream out;

	private OsrWriter(int capacity) {
		this.out = new ByteArrayOutputStream(capacity);
	}

	static byte[] write(OsrFile file) {
		OsrWriter writer = new OsrWriter(file.replay().size() + 256);
		writer.file(file);
		return writer.out.toByteArray();
	}

	private void file(OsrFile file) {
		writeByte(file.mode().id());
		writeInt(file.version());
		writeString(file.beatmapMd5());
		writeString(file.playerName());
		writeString(file.replayMd5());
		writeShort(file.count300());
		writeShort(file.count100());
		writeShort(file.count50());
		writeShort(file.countGeki());
		writeShort(file.countKatu());
		writeShort(file.countMiss());
		writeInt(file.score());
		writeShort(file.maxCombo());
		writeByte(file.perfect() ? 1 : 0);
		writeInt((int) file.mods().bits());
		writeString(file.lifeBar());
		writeLong(OsrFile.toTicks(file.timestamp()));
		byte[] replay = file.replay().data();
		writeInt(replay.length);
		this.out.writeBytes(replay);
		if (file.version() >= OsrFile.FIRST_LONG_SCORE_ID_VERSION) {
			writeLong(file.onlineScoreId());
		}
		else if (file.version() >= OsrFile.FIRST_SCORE_ID_VERSION) {
			writeInt((int) (long) file.onlineScoreId());
		}
		if (file.targetPracticeAccuracy() != null) {
			writeLong(Double.doubleToRawLongBits(file.targetPracticeAccuracy()));
		}
		byte[] lazerScoreInfo = file.lazerScoreInfo();
		if (lazerScoreInfo != null) {
			writeInt(lazerScoreInfo.length);
			this.out.writeBytes(lazerScoreInfo);
		}
	}

	private void writeByte(int value) {
		this.out.write(value);
	}

	private void writeShort(int value) {
		this.out.write(value);
		this.out.write(value >>> 8);
	}

	private void writeInt(int value) {
		for (int i = 0; i < 4; i++) {
			this.out.write(value >>> (8 * i));
		}
	}

	private void writeLong(long value) {
		for (int i = 0; i < 8; i++) {
			this.out.write((int) (value >>> (8 * i)));
		}
	}

	/** {@code null} as {@code 0x00}; anything else, even {@code ""}, as {@code 0x0b}, ULEB128 length, UTF-8. */
	private void writeString(@Nullable String value) {
		if (value == null) {
			writeByte(0x00);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		writeByte(0x0b);
		int length = bytes.length;
		do {
			int b = length & 0x7f;
			length >>>= 7;
			writeByte((length != 0) ? (b | 0x80) : b);
		}
		while (length != 0);
		this.out.writeBytes(bytes);
	}

}
