package dev.osuv1.sample.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file a command wrote ({@code osu-file --out}, {@code replay --osr}); what {@code --json} prints for it.
 *
 * @param path the file, absolute
 * @param size its length in bytes
 * @param md5 the MD5 of its bytes, as lowercase hex
 */
public record SavedFile(String path, long size, String md5) {

	/**
	 * Writes bytes to a file, replacing it if it exists.
	 * @param path the file
	 * @param bytes the bytes
	 * @return what was written
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public static SavedFile write(Path path, byte[] bytes) {
		Path file = path.toAbsolutePath();
		try {
			Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write " + file + ": " + ex.getMessage(), ex);
		}
		return new SavedFile(file.toString(), bytes.length, md5(bytes));
	}

	/**
	 * Describes the file for people.
	 * @return for example "/tmp/a.osu (1,234 bytes, MD5 0123...)"
	 */
	public String describe() {
		return this.path + " (" + Formats.number(this.size) + " bytes, MD5 " + this.md5 + ")";
	}

	private static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JVM", ex);
		}
	}

}
