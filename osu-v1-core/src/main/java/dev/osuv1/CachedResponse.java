package dev.osuv1;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An answer of the API as a {@link ResponseCache} keeps it: what the client needs to read it again, and when it
 * expires. It is {@link Serializable} so that caches which serialize their values (a Redis cache, for one) can hold
 * it.
 */
public final class CachedResponse implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The HTTP status. */
	private final int status;

	/** The {@code Content-Type} header, if any. */
	private final @Nullable String contentType;

	/** The file name of a {@code Content-Disposition} header, if any. */
	private final @Nullable String fileName;

	/** The whole body. */
	private final byte[] body;

	/** When the answer stops being used. */
	private final Instant expiresAt;

	/**
	 * Creates a cached answer.
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type} header, if any
	 * @param fileName the file name of a {@code Content-Disposition} header, if any ({@code .osu} files have one)
	 * @param body the whole body (not copied: do not change it afterwards)
	 * @param expiresAt when the answer stops being used
	 */
	public CachedResponse(int status, @Nullable String contentType, @Nullable String fileName, byte[] body,
			Instant expiresAt) {
		if (body == null) {
			throw new IllegalArgumentException("body must not be null");
		}
		if (expiresAt == null) {
			throw new IllegalArgumentException("expiresAt must not be null");
		}
		this.status = status;
		this.contentType = contentType;
		this.fileName = fileName;
		this.body = body;
		this.expiresAt = expiresAt;
	}

	static CachedResponse of(RawResponse response, Instant expiresAt) {
		return new CachedResponse(response.status(), response.contentType(), response.fileName(), response.body(),
				expiresAt);
	}

	/**
	 * Returns the HTTP status.
	 * @return the status
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Returns the {@code Content-Type} header.
	 * @return the header, or {@code null} when there was none
	 */
	public @Nullable String getContentType() {
		return this.contentType;
	}

	/**
	 * Returns the file name of the {@code Content-Disposition} header.
	 * @return the file name, or {@code null} when there was none
	 */
	public @Nullable String getFileName() {
		return this.fileName;
	}

	/**
	 * Returns the body (not copied: do not change it).
	 * @return the whole body
	 */
	public byte[] getBody() {
		return this.body;
	}

	/**
	 * Returns when the answer stops being used.
	 * @return the expiry
	 */
	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * Returns whether the answer has expired.
	 * @param now the current instant
	 * @return whether {@code now} is at or past the expiry
	 */
	public boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	RawResponse toRawResponse() {
		return new RawResponse(this.status, this.contentType, this.fileName, null, this.body);
	}

	/**
	 * Returns a description that gives the body's size, not its bytes.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "CachedResponse[status=" + this.status + ", contentType=" + this.contentType + ", fileName="
				+ this.fileName + ", body=" + this.body.length + " bytes, expiresAt=" + this.expiresAt + "]";
	}

}
