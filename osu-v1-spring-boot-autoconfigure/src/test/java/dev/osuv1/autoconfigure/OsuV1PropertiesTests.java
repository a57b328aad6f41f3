package dev.osuv1.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OsuV1Properties}.
 */
class OsuV1PropertiesTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@Test
	void toStringHidesTheToken() {
		OsuV1Properties properties = new OsuV1Properties();
		properties.setToken(KEY);
		assertThat(properties.toString()).doesNotContain(KEY)
			.contains("token = '(hidden)'")
			.contains("baseUrl = 'https://osu.ppy.sh'")
			.contains("requests = 600");
	}

	@Test
	void toStringSaysWhenNoTokenIsSet() {
		assertThat(new OsuV1Properties().toString()).contains("token = [null]");
	}

	@Test
	void toStringHidesThePasswordOfTheRedisUrl() {
		OsuV1Properties properties = new OsuV1Properties();
		properties.getLimiter().getRedis().setUrl("redis://user:secret@redis.example.com:6379/0");
		assertThat(properties.toString()).doesNotContain("secret")
			.contains("store = LOCAL")
			.contains("url = 'redis://(hidden)@redis.example.com:6379/0'")
			.contains("onFailure = FAIL");
	}

}
