package dev.osuv1.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * A beatmap's {@code .osu} file exactly as {@code /osu/{id}} sent it: the bytes are never re-encoded or their line
 * endings changed, so {@link #md5()} equals the beatmap's {@code file_md5}.
 *
 * @param beatmapId the beatmap
 * @param content the file's bytes
 * @param fileName the name the server suggested ({@code Artist - Title (Creator) [Version].osu}), when it sent one
 */
public record BeatmapFile(long beatmapId, byte[] content, @Nullable String fileName) {

	/**
	 * Creates a file holding a copy of the given bytes.
	 * @param beatmapId the beatmap
	 * @param content the file's bytes
	 * @param fileName the name the server suggested ({@code Artist - Title (Creator) [Version].osu}), when it sent one
	 */
	public BeatmapFile {
		content = content.clone();
	}

	/**
	 * Returns a copy of the file's bytes.
	 * @return the bytes
	 */
	@Override
	public byte[] content() {
		return this.content.clone();
	}

	/**
	 * Returns the file as UTF-8 text, without a byte order mark if it had one; line endings are as sent (CRLF).
	 * @return the text
	 */
	public String text() {
		String text = new String(this.content, StandardCharsets.UTF_8);
		return (text.startsWith("\uFEFF")) ? text.substring(1) : text;
	}

	/**
	 * Returns the MD5 of the bytes as lowercase hex, to compare with {@link Beatmap#fileMd5()}.
	 * @return the digest
	 */
	public String md5() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(this.content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JVM", ex);
		}
	}

	/**
	 * Returns whether this file is the one a beatmap row describes: its MD5 equals the row's {@code file_md5}. The
	 * server always sends the current file, so an older row (or a score set on an older version) may not match.
	 * @param beatmap the beatmap, from get_beatmaps
	 * @return whether the digests are equal, ignoring case
	 */
	public boolean matches(Beatmap beatmap) {
		return md5().equalsIgnoreCase(beatmap.fileMd5());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof BeatmapFile file) && file.beatmapId == this.beatmapId
				&& Arrays.equals(file.content, this.content) && java.util.Objects.equals(file.fileName, this.fileName);
	}

	@Override
	public int hashCode() {
		return 31 * Long.hashCode(this.beatmapId) + Arrays.hashCode(this.content);
	}

	@Override
	public String toString() {
		return "BeatmapFile[beatmapId=" + this.beatmapId + ", " + this.content.length + " bytes, fileName="
				+ this.fileName + "]";
	}

}
