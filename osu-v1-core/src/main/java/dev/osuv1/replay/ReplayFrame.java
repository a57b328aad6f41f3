package dev.osuv1.replay;

import java.util.Set;

/**
 * One frame of replay data, {@code w|x|y|z} in the decompressed text, with its time since the start of the replay.
 *
 * @param delta milliseconds since the previous frame ({@code w}); can be negative (after a skip, for example)
 * @param time milliseconds since the start: the running sum of every delta so far, negative ones included and the
 * RNG seed frame left out
 * @param x cursor x, 0-512 in osu! (osu!mania: the bitmask of the pressed columns; osu!taiko: 320)
 * @param y cursor y, 0-384 in osu! (osu!taiko and catch write 9999 as a marker)
 * @param keyBits the keys held ({@code z}): see {@link ReplayKey}
 */
public record ReplayFrame(int delta, long time, float x, float y, int keyBits) {

	/**
	 * Returns the keys held, from {@link #keyBits()}.
	 * @return an immutable set, in {@link ReplayKey} order
	 */
	public Set<ReplayKey> keys() {
		return ReplayKey.of(this.keyBits);
	}

	/**
	 * Returns whether the given key is held in this frame.
	 * @param key the key
	 * @return whether its bit is set
	 */
	public boolean isHeld(ReplayKey key) {
		return (this.keyBits & key.bit()) != 0;
	}

}
