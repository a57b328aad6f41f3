package dev.osuv1.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Redis keys of the two buckets of one API key: {@code osu-v1:}, the first 128 bits of the SHA-256 hash of the
 * key in hexadecimal, then {@code :general} or {@code :replay}. Every instance using the key finds the same buckets,
 * while the key itself, which would let anyone reading Redis call the API as its owner, is never stored.
 *
 * @param general the key of the bucket every request draws from
 * @param replay the key of the bucket get_replay requests also draw from
 */
record BucketKeys(String general, String replay) {

	static final String PREFIX = "osu-v1:";

	/** Hexadecimal characters of the hash kept: 128 bits tell keys apart and reveal nothing of them. */
	private static final int HASH_LENGTH = 32;

	/**
	 * Derives the keys from an API key.
	 * @param token the API key; only its hash is kept
	 * @return the keys
	 */
	static BucketKeys of(String token) {
		String prefix = PREFIX + hash(token);
		return new BucketKeys(prefix + ":general", prefix + ":replay");
	}

	byte[] generalBytes() {
		return this.general.getBytes(StandardCharsets.UTF_8);
	}

	byte[] replayBytes() {
		return this.replay.getBytes(StandardCharsets.UTF_8);
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform is required to offer SHA-256
			throw new IllegalStateException(ex);
		}
	}

}
