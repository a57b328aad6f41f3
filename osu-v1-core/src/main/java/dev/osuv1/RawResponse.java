package dev.osuv1;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What came back for one request, before decoding: the status, the headers the decoder reads and the whole body.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header, if any
 * @param fileName the file name of a {@code Content-Disposition} header, if any
 * @param retryAfter the wait a {@code Retry-After} header asked for, if any
 * @param body the body, empty when there was none
 */
record RawResponse(int status, @Nullable String contentType, @Nullable String fileName,
		@Nullable Duration retryAfter, byte[] body) {

	boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	/** Index of the first byte that is not JSON whitespace, or -1 for a blank body. */
	int firstSignificantByte() {
		for (int i = 0; i < this.body.length; i++) {
			byte b = this.body[i];
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
				return i;
			}
		}
		return -1;
	}

}
