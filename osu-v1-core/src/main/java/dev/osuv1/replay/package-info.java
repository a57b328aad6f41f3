/**
 * Replay data and {@code .osr} files: {@link dev.osuv1.replay.ReplayFrameReader} streams the cursor and key frames
 * out of a {@link dev.osuv1.model.Replay}'s LZMA data, {@link dev.osuv1.replay.ReplayFrames} collects them, and
 * {@link dev.osuv1.replay.OsrFile} reads, writes and builds whole replay files (osu-api-v1.md section 6).
 *
 * <p>Malformed data is reported with a {@link dev.osuv1.replay.ReplayFormatException}.
 */
@NullMarked
package dev.osuv1.replay;

import org.jspecify.annotations.NullMarked;
