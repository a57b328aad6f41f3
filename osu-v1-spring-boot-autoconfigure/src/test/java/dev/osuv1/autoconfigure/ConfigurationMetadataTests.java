package dev.osuv1.autoconfigure;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the {@code META-INF/spring-configuration-metadata.json} generated from {@link OsuV1Properties}: every
 * property has a description in the style of Spring Boot's own, and a default wherever it has one.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyHasADescriptionAndItsDefault() throws Exception {
		Map<String, String> defaults = new LinkedHashMap<>();
		for (JsonNode property : readMetadata().get("properties")) {
			String name = property.get("name").asString();
			String description = property.path("description").asString("");
			assertThat(description).as(name).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ").endsWith(".");
			if ("java.lang.Boolean".equals(property.get("type").asString())) {
				assertThat(description).as(name).startsWith("Whether");
			}
			JsonNode defaultValue = property.get("defaultValue");
			defaults.put(name, (defaultValue != null) ? defaultValue.asString() : null);
		}
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("osu.v1.base-url", "https://osu.ppy.sh");
		expected.put("osu.v1.cache.enabled", "false");
		expected.put("osu.v1.cache.max-entries", "10000");
		expected.put("osu.v1.cache.name", "osuV1");
		expected.put("osu.v1.cache.time-to-live.beatmap-file", "1h");
		expected.put("osu.v1.cache.time-to-live.beatmaps", "5m");
		expected.put("osu.v1.cache.time-to-live.match", "1m");
		expected.put("osu.v1.cache.time-to-live.replay", "1h");
		expected.put("osu.v1.cache.time-to-live.scores", "5m");
		expected.put("osu.v1.cache.time-to-live.user", "1m");
		expected.put("osu.v1.cache.time-to-live.user-best", "5m");
		expected.put("osu.v1.cache.time-to-live.user-recent", "30s");
		expected.put("osu.v1.coalesce", "true");
		expected.put("osu.v1.connect-timeout", "5s");
		expected.put("osu.v1.limiter.enabled", "true");
		expected.put("osu.v1.limiter.max-wait", "60s");
		expected.put("osu.v1.limiter.period", "60s");
		expected.put("osu.v1.limiter.replay-period", "60s");
		expected.put("osu.v1.limiter.replay-requests", "10");
		expected.put("osu.v1.limiter.requests", "600");
		expected.put("osu.v1.limiter.store", "local");
		expected.put("osu.v1.limiter.redis.url", "redis://localhost:6379");
		expected.put("osu.v1.limiter.redis.on-failure", "fail");
		expected.put("osu.v1.limiter.redis.timeout", "1s");
		expected.put("osu.v1.max-response-size", "32MB");
		expected.put("osu.v1.retry.first-backoff", "500ms");
		expected.put("osu.v1.retry.jitter", "true");
		expected.put("osu.v1.retry.max-attempts", "3");
		expected.put("osu.v1.retry.max-backoff", "30s");
		expected.put("osu.v1.timeout", "10s");
		expected.put("osu.v1.token", null);
		assertThat(defaults).containsExactlyInAnyOrderEntriesOf(expected);
	}

	private JsonNode readMetadata() throws URISyntaxException {
		// target/classes of this module, not the metadata of another jar on the class path
		Path classes = Path.of(OsuV1Properties.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path metadata = classes.resolve("META-INF/spring-configuration-metadata.json");
		assertThat(metadata).exists();
		return JsonMapper.builder().build().readTree(metadata.toFile());
	}

}
