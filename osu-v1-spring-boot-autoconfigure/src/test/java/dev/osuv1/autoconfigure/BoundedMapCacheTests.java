package dev.osuv1.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link BoundedMapCache}: the least recently used entry goes first once the cache is full.
 */
class BoundedMapCacheTests {

	@Test
	void dropsTheLeastRecentlyUsedEntryWhenFull() {
		BoundedMapCache cache = new BoundedMapCache("osuV1", 2);
		cache.put("a", "1");
		cache.put("b", "2");
		assertThat(cache.get("a", String.class)).isEqualTo("1");
		cache.put("c", "3");
		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.get("b")).isNull();
		assertThat(cache.get("a", String.class)).isEqualTo("1");
		assertThat(cache.get("c", String.class)).isEqualTo("3");
	}

	@Test
	void loadsAMissingValueOnceAndKeepsIt() {
		BoundedMapCache cache = new BoundedMapCache("osuV1", 10);
		assertThat(cache.get("a", () -> "loaded")).isEqualTo("loaded");
		assertThat(cache.get("a", () -> "again")).isEqualTo("loaded");
		cache.evict("a");
		assertThat(cache.get("a")).isNull();
		cache.put("b", "2");
		cache.clear();
		assertThat(cache.size()).isZero();
	}

	@Test
	void refusesANonPositiveSize() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BoundedMapCache("osuV1", 0))
			.withMessageContaining("maxEntries");
	}

}
