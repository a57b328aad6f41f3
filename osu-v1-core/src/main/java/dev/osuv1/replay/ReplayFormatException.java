package dev.osuv1.replay;

/**
 * Replay data or an {@code .osr} file is malformed: the LZMA stream is corrupt or cut short, a frame is not
 * {@code w|x|y|z}, or a field of the file is missing or out of range. The message says where.
 *
 * <p>It is an {@link IllegalArgumentException}, like {@link NumberFormatException}: the bytes handed in are not a valid
 * replay. It is deliberately not a {@link dev.osuv1.DecodingException}, which reports an API response that did not fit
 * the model and carries its HTTP status; replay data also comes from files and other sources, and a replay the API sent
 * successfully is still a successful call.
 */
public class ReplayFormatException extends IllegalArgumentException {

	/**
	 * Creates an exception.
	 * @param message what is wrong and where
	 */
	public ReplayFormatException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with the failure that revealed it.
	 * @param message what is wrong and where
	 * @param cause the underlying failure
	 */
	public ReplayFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
