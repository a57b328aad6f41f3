package dev.osuv1.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A key or button held in a replay frame: the bits of the frame's {@code z} value (osu-api-v1.md section 2.9).
 * osu!stable sets {@link #M1} together with {@link #K1} and {@link #M2} with {@link #K2}, so pressing K1 reads 5.
 */
public enum ReplayKey {

	/** Left mouse button, bit value 1. */
	M1(1),

	/** Right mouse button, bit value 2. */
	M2(2),

	/** First keyboard key, bit value 4. */
	K1(4),

	/** Second keyboard key, bit value 8. */
	K2(8),

	/** Smoke, bit value 16. */
	SMOKE(16);

	private final int bit;

	ReplayKey(int bit) {
		this.bit = bit;
	}

	/**
	 * Returns this key's bit in a frame's {@code z} value.
	 * @return a single set bit
	 */
	public int bit() {
		return this.bit;
	}

	/**
	 * Returns the keys held in the given {@code z} value; bits above {@link #SMOKE} are ignored.
	 * @param bits the frame's key bitmask
	 * @return an immutable set
	 */
	public static Set<ReplayKey> of(int bits) {
		return Sets.ALL.get(bits & 31);
	}

	/** Every combination of the five keys, indexed by bitmask, so that frames share immutable sets. */
	private static final class Sets {

		static final List<Set<ReplayKey>> ALL = build();

		private static List<Set<ReplayKey>> build() {
			List<Set<ReplayKey>> sets = new ArrayList<>(32);
			for (int bits = 0; bits < 32; bits++) {
				EnumSet<ReplayKey> keys = EnumSet.noneOf(ReplayKey.class);
				for (ReplayKey key : values()) {
					if ((bits & key.bit) != 0) {
						keys.add(key);
					}
				}
				sets.add(Collections.unmodifiableSet(keys));
			}
			return List.copyOf(sets);
		}

	}

}
