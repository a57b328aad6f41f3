package dev.osuv1.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BucketKeys}.
 */
class BucketKeysTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@Test
	void keysAreThePrefixAndTheFirst128BitsOfTheSha256OfTheKey() {
		BucketKeys keys = BucketKeys.of(KEY);
		// sha256("0123456789abcdef0123456789abcdef01234567") starts with deb87fabd17715bb31ad4cf4ffb9494e
		assertThat(keys.general()).isEqualTo("osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:general");
		assertThat(keys.replay()).isEqualTo("osu-v1:deb87fabd17715bb31ad4cf4ffb9494e:replay");
		assertThat(new String(keys.generalBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(keys.general());
	}

	@Test
	void keysNeverHoldTheKeyOrAPartOfIt() {
		BucketKeys keys = BucketKeys.of(KEY);
		for (int i = 0; i + 8 <= KEY.length(); i++) {
			assertThat(keys.general()).doesNotContain(KEY.substring(i, i + 8));
			assertThat(keys.replay()).doesNotContain(KEY.substring(i, i + 8));
		}
	}

	@Test
	void sameKeyGivesTheSameBucketsAndAnotherKeyOthers() {
		assertThat(BucketKeys.of(KEY)).isEqualTo(BucketKeys.of(KEY));
		BucketKeys other = BucketKeys.of(KEY.replace('7', '8'));
		assertThat(other.general()).isNotEqualTo(BucketKeys.of(KEY).general());
		assertThat(other.replay()).isNotEqualTo(BucketKeys.of(KEY).replay());
	}

}
