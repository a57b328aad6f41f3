package dev.osuv1.sample.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMAInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Tests for {@link DemoApi}: the demo server's answers, in the real v1 wire format.
 */
class DemoApiTests {

	private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

	private final DemoApi api = new DemoApi(DemoData.create(NOW));

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void apiCallsWithoutAKeyAreRefusedWith401() {
		DemoResponse response = this.api.handle("/api/get_user", Map.of("u", "peppy"));
		assertThat(response.status()).isEqualTo(401);
		assertThat(body(response)).isEqualTo(DemoApi.INVALID_KEY);
		assertThat(this.api.handle("/api/get_user", params("k", " ", "u", "peppy")).status()).isEqualTo(401);
	}

	@Test
	void usersAreFoundByIdOrByNameAsTypeSays() {
		assertThat(user(params("k", "x", "u", "2", "type", "id")).get("username").asString()).isEqualTo("peppy");
		assertThat(user(params("k", "x", "u", "2", "type", "string")).get("user_id").asString()).isEqualTo("31337");
		assertThat(user(params("k", "x", "u", "demo player", "type", "string")).get("user_id").asString())
			.isEqualTo("4242");
		assertThat(read(this.api.handle("/api/get_user", params("k", "x", "u", "nobody", "type", "string"))))
			.isEmpty();
	}

	@Test
	void aModeNeverPlayedHasNullStatistics() {
		JsonNode peppy = user(params("k", "x", "u", "peppy", "type", "string", "m", "3"));
		assertThat(peppy.get("playcount").isNull()).isTrue();
		assertThat(peppy.get("pp_raw").isNull()).isTrue();
		assertThat(peppy.get("country").asString()).isEqualTo("AU");
	}

	@Test
	void eventDaysLimitTheEvents() {
		assertThat(user(params("k", "x", "u", "peppy", "type", "string")).get("events")).hasSize(1);
		assertThat(user(params("k", "x", "u", "peppy", "type", "string", "event_days", "31")).get("events"))
			.hasSize(2);
	}

	@Test
	void everyScalarIsAStringOrNull() {
		Map<String, Map<String, String>> calls = Map.of("/api/get_user", params("u", "peppy", "type", "string"),
				"/api/get_user_best", params("u", "2", "type", "id"), "/api/get_user_recent",
				params("u", "2", "type", "id"), "/api/get_beatmaps", params("s", "1001"), "/api/get_scores",
				params("b", "10002"), "/api/get_match", params("mp", "5001"), "/api/get_replay",
				params("s", "900001", "m", "0"));
		calls.forEach((path, params) -> {
			params.put("k", "x");
			DemoResponse response = this.api.handle(path, params);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.contentType()).isEqualTo("application/json; charset=UTF-8");
			assertOnlyStrings(read(response), path);
		});
	}

	@Test
	void bodiesAreAsciiWithEscapedSlashesLikeThePhpEncoder() {
		String body = body(this.api.handle("/api/get_beatmaps", params("k", "x", "b", "10003")));
		assertThat(body).containsIgnoringCase("\\u592a\\u9f13").doesNotContain("\u592a");
		String user = body(this.api.handle("/api/get_user", params("k", "x", "u", "peppy", "type", "string")));
		assertThat(user).contains("<\\/a>");
	}

	@Test
	void nothingFoundHasTheApisOwnAnswers() {
		assertThat(body(this.api.handle("/api/get_match", params("k", "x", "mp", "1")))).isEqualTo(DemoApi.NO_MATCH);
		DemoResponse replay = this.api.handle("/api/get_replay", params("k", "x", "s", "900002", "m", "0"));
		assertThat(replay.status()).isEqualTo(200);
		assertThat(body(replay)).isEqualTo(DemoApi.NO_REPLAY);
		assertThat(read(this.api.handle("/api/get_scores", params("k", "x", "b", "10002", "m", "1")))).isEmpty();
		DemoResponse file = this.api.handle("/osu/10002", Map.of());
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).isEmpty();
	}

	@Test
	void theOsuFileHasCrlfLinesAndTheMd5OfItsBeatmap() {
		DemoResponse file = this.api.handle("/osu/10001", Map.of());
		String text = new String(file.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("osu file format v14\r\n").doesNotContain("\r\n\n").endsWith("\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n");
		assertThat(file.contentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(file.headers().get("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Made-up Artist - Demo Song (peppy) [Easy].osu\"");
		JsonNode beatmap = read(this.api.handle("/api/get_beatmaps", params("k", "x", "b", "10001"))).get(0);
		assertThat(beatmap.get("file_md5").asString()).isEqualTo(DemoData.md5(file.body()));
		assertThat(text.lines().filter((line) -> line.matches("\\d+,\\d+,\\d+,[15],0,0:0:0:0:")).count())
			.isEqualTo(beatmap.get("count_normal").asLong());
	}

	@Test
	void beatmapsHonourModeConvertsAndMods() {
		assertThat(read(this.api.handle("/api/get_beatmaps", params("k", "x", "b", "10001", "m", "1")))).isEmpty();
		JsonNode convert = read(this.api.handle("/api/get_beatmaps",
				params("k", "x", "b", "10001", "m", "1", "a", "1", "mods", "64")))
			.get(0);
		assertThat(convert.get("mode").asString()).isEqualTo("1");
		assertThat(convert.get("difficultyrating").asDouble()).isCloseTo(1.8765 * 1.4, offset(1e-9));
		assertThat(read(this.api.handle("/api/get_beatmaps", params("k", "x", "since", "2021-01-01 00:00:00"))))
			.hasSize(1);
		assertThat(read(this.api.handle("/api/get_beatmaps", params("k", "x", "u", "2", "type", "string"))))
			.hasSize(1);
	}

	@Test
	void replaysAreLzmaStreamsOfFrames() throws IOException {
		JsonNode replay = read(this.api.handle("/api/get_replay",
				params("k", "x", "b", "10002", "u", "peppy", "type", "string", "m", "0", "mods", "72")));
		assertThat(replay.get("encoding").asString()).isEqualTo("base64");
		byte[] data = Base64.getDecoder().decode(replay.get("content").asString());
		assertThat(data[0]).isEqualTo((byte) 0x5D);
		String frames;
		try (LZMAInputStream lzma = new LZMAInputStream(new ByteArrayInputStream(data))) {
			frames = new String(lzma.readAllBytes(), StandardCharsets.US_ASCII);
		}
		assertThat(frames).startsWith("0|256|-500|0,-1|256|-500|0,").matches("(?s).*,-12345\\|0\\|0\\|\\d+,$");
	}

	private JsonNode user(Map<String, String> params) {
		JsonNode users = read(this.api.handle("/api/get_user", params));
		assertThat(users).hasSize(1);
		return users.get(0);
	}

	private JsonNode read(DemoResponse response) {
		return this.json.readTree(response.body());
	}

	private static String body(DemoResponse response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private static void assertOnlyStrings(JsonNode node, String where) {
		if (node.isContainer()) {
			for (int i = 0; i < node.size() && node.isArray(); i++) {
				assertOnlyStrings(node.get(i), where);
			}
			if (node.isObject()) {
				node.propertyNames().forEach((name) -> assertOnlyStrings(node.get(name), where + "." + name));
			}
			return;
		}
		assertThat(node.isString() || node.isNull()).as(where + " is " + node).isTrue();
	}

	private static Map<String, String> params(String... pairs) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], pairs[i + 1]);
		}
		return params;
	}

}
