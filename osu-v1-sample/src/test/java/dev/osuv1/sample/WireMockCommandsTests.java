package dev.osuv1.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.osuv1.ratelimit.RequestKind;
import dev.osuv1.replay.OsrFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command run in this JVM against WireMock through {@code --osu.v1.base-url} and {@code --osu.v1.token}: the
 * query each one sends, its output and exit status, and what happens on invalid arguments and API errors.
 */
class WireMockCommandsTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String LIMITER = "--spring.main.sources=" + RecordingRateLimiter.class.getName();

	private static WireMockServer wireMock;

	@TempDir
	Path temp;

	@BeforeAll
	static void startWireMock() {
		wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		wireMock.start();
	}

	@AfterAll
	static void stopWireMock() {
		wireMock.stop();
	}

	@BeforeEach
	void reset() {
		wireMock.resetAll();
	}

	@Test
	void userSendsNameTypeModeAndEventDaysWithTheKey() {
		stub("/api/get_user", body("get_user.json"));
		SampleRun run = api("user", "Wire Mock", "--mode=taiko", "--event-days=5", "--json");
		assertThat(run.status()).isZero();
		assertThat(run.err()).isEmpty();
		JsonNode user = run.json();
		assertThat(user.get("username").asString()).isEqualTo("Wire Mock");
		assertThat(user.get("totalScore").asLong()).isEqualTo(9_876_543_210L);
		assertThat(user.get("joinDate").asString()).isEqualTo("2012-12-12T12:12:12Z");
		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/get_user")).withQueryParam("k", equalTo(KEY))
			.withQueryParam("u", equalTo("Wire Mock"))
			.withQueryParam("type", equalTo("string"))
			.withQueryParam("m", equalTo("1"))
			.withQueryParam("event_days", equalTo("5")));
	}

	@Test
	void userGivenByIdIsSentWithTypeId() {
		stub("/api/get_user", body("get_user.json"));
		SampleRun run = api("user", "id:7");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Wire Mock (id 7, NZ) in osu mode").contains("1,500.25");
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_user")).withQueryParam("u", equalTo("7"))
			.withQueryParam("type", equalTo("id"))
			.withQueryParam("m", equalTo("0"))
			.withQueryParam("event_days", absent()));
	}

	@Test
	void severalUsersAreFetchedConcurrently() {
		int delay = 2000;
		for (String name : List.of("a", "b", "c")) {
			wireMock.stubFor(get(urlPathEqualTo("/api/get_user")).withQueryParam("u", equalTo(name))
				.willReturn(okJson(body("get_user.json").replace("Wire Mock", name)).withFixedDelay(delay)));
		}
		SampleRun run = api("user", "a", "b", "c", "--json");
		assertThat(run.status()).isZero();
		JsonNode users = run.json();
		assertThat(users.size()).isEqualTo(3);
		assertThat(List.of(users.get(0), users.get(1), users.get(2))).extracting((user) -> user.get("username")
			.asString()).containsExactly("a", "b", "c");
		List<Long> received = wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/get_user")))
			.stream()
			.map(LoggedRequest::getLoggedDate)
			.map(Date::getTime)
			.toList();
		assertThat(received).hasSize(3);
		// one after the other, the last request would come at least two delays after the first
		assertThat(received.stream().mapToLong(Long::longValue).max().orElseThrow()
				- received.stream().mapToLong(Long::longValue).min().orElseThrow())
			.isLessThan(delay);
	}

	@Test
	void severalUsersEachGoThroughTheClientsRateLimiter() {
		RecordingRateLimiter.reset();
		stub("/api/get_user", body("get_user.json"));
		SampleRun run = api("user", "a", "b", "c", "--json", LIMITER);
		assertThat(run.status()).isZero();
		assertThat(RecordingRateLimiter.acquired).containsExactly(RequestKind.GENERAL, RequestKind.GENERAL,
				RequestKind.GENERAL);
	}

	@Test
	void aRequestTheRateLimiterRefusesIsNotSentAndIsStatusOne() {
		RecordingRateLimiter.reset();
		RecordingRateLimiter.refuse = true;
		stub("/api/get_replay", replay(new byte[] { 1 }));
		SampleRun run = api("replay", "--score-id=1", LIMITER);
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("error: ").contains("max-wait"));
		assertThat(RecordingRateLimiter.acquired).containsExactly(RequestKind.REPLAY);
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void bestSendsUserModeAndLimit() {
		stub("/api/get_user_best", body("get_user_best.json"));
		SampleRun run = api("best", "id:7", "--mode=mania", "--limit=5", "--json");
		assertThat(run.status()).isZero();
		JsonNode best = run.json().get(0);
		assertThat(best.get("scoreId").asLong()).isEqualTo(5_000_000_001L);
		assertThat(best.get("mods").asInt()).isEqualTo(576);
		assertThat(best.get("mode").asString()).isEqualTo("MANIA");
		assertThat(best.get("date").asString()).isEqualTo("2025-01-02T03:04:05Z");
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_user_best")).withQueryParam("u", equalTo("7"))
			.withQueryParam("type", equalTo("id"))
			.withQueryParam("m", equalTo("3"))
			.withQueryParam("limit", equalTo("5"))
			.withQueryParam("k", equalTo(KEY)));
		assertThat(api("best", "id:7").out()).contains("5000000001", "NC", "321.10");
	}

	@Test
	void recentSendsUserModeAndLimit() {
		stub("/api/get_user_recent", body("get_user_recent.json"));
		SampleRun run = api("recent", "Wire Mock", "--mode=1", "--limit=50");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Recent plays of Wire Mock (taiko):").contains(" F ");
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_user_recent"))
			.withQueryParam("u", equalTo("Wire Mock"))
			.withQueryParam("type", equalTo("string"))
			.withQueryParam("m", equalTo("1"))
			.withQueryParam("limit", equalTo("50")));
		assertThat(api("recent", "Wire Mock", "--json").json().get(0).get("scoreId").isNull()).isTrue();
	}

	@Test
	void beatmapsSendsEveryFilter() {
		stub("/api/get_beatmaps", body("get_beatmaps.json"));
		SampleRun run = api("beatmaps", "--beatmap-id=111", "--beatmapset-id=333",
				"--hash=abcdefabcdefabcdefabcdefabcdef12", "--user=Wire Mock", "--mode=taiko", "--converts",
				"--mods=HRDT", "--limit=10", "--json");
		assertThat(run.status()).isZero();
		JsonNode beatmap = run.json().get(0);
		assertThat(beatmap.get("approved").asString()).isEqualTo("LOVED");
		assertThat(beatmap.get("language").asString()).isEqualTo("INSTRUMENTAL");
		assertThat(beatmap.get("packs").size()).isZero();
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_beatmaps")).withQueryParam("b", equalTo("111"))
			.withQueryParam("s", equalTo("333"))
			.withQueryParam("h", equalTo("abcdefabcdefabcdefabcdefabcdef12"))
			.withQueryParam("u", equalTo("Wire Mock"))
			.withQueryParam("type", equalTo("string"))
			.withQueryParam("m", equalTo("1"))
			.withQueryParam("a", equalTo("1"))
			.withQueryParam("mods", equalTo("80"))
			.withQueryParam("limit", equalTo("10")));
	}

	@Test
	void beatmapsSendsSinceAsAUtcDateTime() {
		stub("/api/get_beatmaps", body("get_beatmaps.json"));
		SampleRun run = api("beatmaps", "--since=2024-01-31");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("1 beatmap:").contains("Stub Artist - Stub Title [Wire]", "loved", "4.32");
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_beatmaps"))
			.withQueryParam("since", equalTo("2024-01-31 00:00:00"))
			.withQueryParam("m", absent()));
	}

	@Test
	void beatmapsAllPagesThroughEveryMapApprovedSinceTheDate() {
		// 502 maps a second apart from the date, but 500-502 share the second of 500, across the end of the first page
		Instant start = Instant.parse("2024-01-31T00:00:00Z");
		List<String> rows = new ArrayList<>();
		for (int id = 1; id <= 502; id++) {
			rows.add(beatmapRow(id, start.plusSeconds(Math.min(id, 500) - 1)));
		}
		wireMock.stubFor(get(urlPathEqualTo("/api/get_beatmaps"))
			.withQueryParam("since", equalTo("2024-01-30 23:59:59"))
			.willReturn(okJson("[" + String.join(",", rows.subList(0, 500)) + "]")));
		wireMock.stubFor(get(urlPathEqualTo("/api/get_beatmaps"))
			.withQueryParam("since", equalTo("2024-01-31 00:08:18"))
			.willReturn(okJson("[" + String.join(",", rows.subList(499, 502)) + "]")));
		RecordingRateLimiter.reset();
		SampleRun run = api("beatmaps", "--since=2024-01-31", "--all", "--mode=osu", "--json", LIMITER);
		assertThat(run.status()).as(run.err()).isZero();
		List<Long> ids = new ArrayList<>();
		run.json().forEach((map) -> ids.add(map.get("beatmapId").asLong()));
		assertThat(ids).hasSize(502).doesNotHaveDuplicates().isSorted();
		assertThat(wireMock.getAllServeEvents()).hasSize(2);
		assertThat(RecordingRateLimiter.acquired).hasSize(2);
		wireMock.verify(2, getRequestedFor(urlPathEqualTo("/api/get_beatmaps")).withQueryParam("m", equalTo("0"))
			.withQueryParam("limit", equalTo("500")));
	}

	@Test
	void scoresSendsBeatmapModeModsUserAndLimit() {
		stub("/api/get_scores", body("get_scores.json"));
		SampleRun run = api("scores", "111", "--mode=fruits", "--mods=HDHR", "--user=id:7", "--limit=3", "--json");
		assertThat(run.status()).isZero();
		JsonNode score = run.json().get(0);
		assertThat(score.get("beatmapId").asLong()).isEqualTo(111);
		assertThat(score.get("username").asString()).isEqualTo("Wire Mock");
		assertThat(score.get("mode").asString()).isEqualTo("FRUITS");
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_scores")).withQueryParam("b", equalTo("111"))
			.withQueryParam("m", equalTo("2"))
			.withQueryParam("mods", equalTo("24"))
			.withQueryParam("u", equalTo("7"))
			.withQueryParam("type", equalTo("id"))
			.withQueryParam("limit", equalTo("3")));
		assertThat(api("scores", "111").out()).contains("Wire Mock", "5000000001");
	}

	@Test
	void matchSendsItsId() {
		stub("/api/get_match", body("get_match.json"));
		SampleRun run = api("match", "42", "--json");
		assertThat(run.status()).isZero();
		JsonNode match = run.json();
		assertThat(match.get("name").asString()).isEqualTo("Stub Match");
		assertThat(match.get("endTime").isNull()).isTrue();
		assertThat(match.get("games").get(0).get("scores").get(0).get("effectiveMods").asInt()).isEqualTo(9);
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_match")).withQueryParam("mp", equalTo("42")));
		assertThat(api("match", "42").out()).contains("Match 42: Stub Match", "still open", "NFHD");
	}

	@Test
	void matchNotFoundIsNull() {
		stub("/api/get_match", "{\"match\":0,\"games\":[]}");
		SampleRun run = api("match", "43", "--json");
		assertThat(run.status()).isZero();
		assertThat(run.out().strip()).isEqualTo("null");
	}

	@Test
	void replaySendsTheScoreIdAndMode() {
		byte[] data = { 0x5D, 0, 0, 0x20, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3 };
		stub("/api/get_replay", replay(data));
		SampleRun run = api("replay", "--score-id=5000000001", "--mode=taiko", "--json");
		assertThat(run.status()).isZero();
		assertThat(Base64.getDecoder().decode(run.json().get("data").asString())).isEqualTo(data);
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_replay")).withQueryParam("s", equalTo("5000000001"))
			.withQueryParam("m", equalTo("1"))
			.withQueryParam("b", absent())
			.withQueryParam("u", absent()));
		assertThat(api("replay", "--score-id=5000000001").out()).isEqualTo(
				"Replay of score 5000000001: 16 bytes of LZMA-compressed frames (5 bytes uncompressed).\n");
	}

	@Test
	void replaySendsTheBeatmapUserAndMods() {
		stub("/api/get_replay", "{\"error\":\"Replay not available.\"}");
		SampleRun run = api("replay", "--beatmap-id=111", "--user=Wire Mock", "--mods=HD", "--json");
		assertThat(run.status()).isZero();
		assertThat(run.out().strip()).isEqualTo("null");
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_replay")).withQueryParam("b", equalTo("111"))
			.withQueryParam("u", equalTo("Wire Mock"))
			.withQueryParam("type", equalTo("string"))
			.withQueryParam("m", equalTo("0"))
			.withQueryParam("mods", equalTo("8")));
	}

	@Test
	void replayOsrAsksForTheScoreTheBeatmapAndThenTheReplayOfThatScore() throws IOException {
		byte[] data = { 0x5D, 0, 0, 0x20, 0, 9, 9, 9 };
		stub("/api/get_scores", body("get_scores.json"));
		stub("/api/get_beatmaps", body("get_beatmaps.json"));
		stub("/api/get_replay", replay(data));
		Path osr = this.temp.resolve("stub.osr");
		SampleRun run = api("replay", "--beatmap-id=111", "--user=id:7", "--mode=taiko", "--osr=" + osr);
		assertThat(run.status()).isZero();
		List<String> paths = wireMock.findAll(anyRequestedFor(anyUrl()))
			.stream()
			.map((request) -> request.getUrl().replaceAll("\\?.*", ""))
			.toList();
		assertThat(paths).containsExactly("/api/get_scores", "/api/get_beatmaps", "/api/get_replay");
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_scores")).withQueryParam("b", equalTo("111"))
			.withQueryParam("u", equalTo("7"))
			.withQueryParam("type", equalTo("id"))
			.withQueryParam("m", equalTo("1")));
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_beatmaps")).withQueryParam("b", equalTo("111"))
			.withQueryParam("m", absent()));
		wireMock.verify(getRequestedFor(urlPathEqualTo("/api/get_replay")).withQueryParam("s", equalTo("5000000001"))
			.withQueryParam("m", equalTo("1")));
		OsrFile file = OsrFile.read(Files.readAllBytes(osr));
		assertThat(file.mode()).isEqualTo(dev.osuv1.model.Gamemode.TAIKO);
		assertThat(file.beatmapMd5()).isEqualTo("abcdefabcdefabcdefabcdefabcdef12");
		assertThat(file.playerName()).isEqualTo("Wire Mock");
		assertThat(file.mods().bits()).isEqualTo(576);
		assertThat(file.perfect()).isTrue();
		assertThat(file.replay().data()).isEqualTo(data);
		assertThat(file.onlineScoreId()).isEqualTo(5_000_000_001L);
	}

	@Test
	void osuFileIsFetchedWithoutTheKeyAndWrittenByteForByte() throws IOException {
		byte[] content = "osu file format v14\r\n\r\n[Metadata]\r\nTitle:\u00dcn\u00efc\u00f6d\u00e9\r\n"
			.getBytes(StandardCharsets.UTF_8);
		wireMock.stubFor(get(urlPathEqualTo("/osu/111")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain;charset=UTF-8")
			.withBody(content)));
		Path file = this.temp.resolve("stub.osu");
		SampleRun run = api("osu-file", "111", "--out=" + file);
		assertThat(run.status()).isZero();
		assertThat(Files.readAllBytes(file)).isEqualTo(content);
		wireMock.verify(getRequestedFor(urlPathEqualTo("/osu/111")).withQueryParam("k", absent()));
		assertThat(api("osu-file", "111").out()).isEqualTo(new String(content, StandardCharsets.UTF_8));
	}

	@Test
	void notFoundIsNullWithStatusZero() {
		stub("/api/get_user", "[]");
		SampleRun run = api("user", "nobody", "--json");
		assertThat(run.status()).isZero();
		assertThat(run.out()).isEqualTo("null\n");
		assertThat(run.err()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("invalidCommandLines")
	void invalidArgumentsSendNothing(List<String> args) {
		SampleRun run = api(args.toArray(new String[0]));
		assertThat(run.status()).as(run.err()).isEqualTo(2);
		assertThat(run.err()).startsWith("error: ");
		assertThat(run.out()).isEmpty();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	static Stream<List<String>> invalidCommandLines() {
		return Stream.of(List.of("user", "peppy", "--mode=7"), List.of("user", "peppy", "--event-days=40"),
				List.of("user", "id:abc"), List.of("user", " "), List.of("best", "peppy", "--limit=101"),
				List.of("recent", "peppy", "--limit=51"), List.of("beatmaps"),
				List.of("beatmaps", "--since=2024-01-01", "--user=peppy"), List.of("beatmaps", "--beatmap-id=1",
						"--converts"),
				List.of("beatmaps", "--beatmap-id=1", "--mods=HD"), List.of("beatmaps", "--hash=abc"),
				List.of("beatmaps", "--beatmap-id=1", "--limit=501"), List.of("scores", "0"),
				List.of("scores", "1", "--limit=0"), List.of("match", "0"), List.of("replay"),
				List.of("replay", "--beatmap-id=1"), List.of("replay", "--score-id=1", "--osr=x.osr"),
				List.of("osu-file", "-1"), List.of("frobnicate"), List.of("user", "peppy", "--bogus"),
				List.of("beatmaps", "--all"), List.of("beatmaps", "--all", "--beatmap-id=1"),
				List.of("beatmaps", "--since=2024-01-01", "--all", "--limit=10"));
	}

	@Test
	void anInvalidKeyIsOneLineOnStandardErrorAndStatusOne() {
		wireMock.stubFor(get(urlPathEqualTo("/api/get_user"))
			.willReturn(okJson("{\"error\":\"Please provide a valid API key.\"}").withStatus(401)));
		SampleRun run = api("user", "peppy", "--json");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("error: get_user")
				.contains("Please provide a valid API key.")
				.doesNotContain(KEY));
	}

	@Test
	void aServerFailureIsOneLineOnStandardErrorAndStatusOne() {
		wireMock.stubFor(get(urlPathEqualTo("/api/get_scores")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>\n<h1>503 Service Unavailable</h1>\n</body></html>")));
		SampleRun run = api("scores", "111");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).singleElement().satisfies((line) -> assertThat(line).startsWith("error: "));
	}

	@Test
	void anUnreachableServerIsOneLineOnStandardErrorAndStatusOne() {
		SampleRun run = SampleRun.of("match", "1", "--osu.v1.base-url=http://127.0.0.1:1", "--osu.v1.token=" + KEY);
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement().satisfies((line) -> assertThat(line).startsWith("error: "));
	}

	@Test
	void aConfigurationTheAppCannotStartWithIsStatusTwo() {
		SampleRun run = api("user", "peppy", "--osu.v1.timeout=soon");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("error: the application could not start"));
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	private static SampleRun api(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--osu.v1.base-url=" + wireMock.baseUrl());
		all.add("--osu.v1.token=" + KEY);
		return SampleRun.of(all.toArray(new String[0]));
	}

	private static void stub(String path, String json) {
		wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(json)));
	}

	private static String replay(byte[] data) {
		return "{\"content\":\"" + Base64.getEncoder().encodeToString(data) + "\",\"encoding\":\"base64\"}";
	}

	private static String beatmapRow(long id, Instant approved) {
		String row = body("get_beatmaps.json").strip();
		row = row.substring(row.indexOf('{'), row.lastIndexOf('}') + 1);
		return row.replace("\"beatmap_id\":\"111\"", "\"beatmap_id\":\"" + id + "\"")
			.replace("\"approved_date\":\"2020-01-01 00:00:00\"", "\"approved_date\":\""
					+ DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(approved)
					+ "\"");
	}

	private static String body(String name) {
		try (InputStream in = WireMockCommandsTests.class.getResourceAsStream("wiremock/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
