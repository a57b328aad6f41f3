package dev.osuv1;

import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.query.UserScoresQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact query every call sends: the key on every {@code /api/*} call and never on {@code /osu/}, {@code type}
 * with every user, the mode always (a filter on get_beatmaps, so only when asked there), mods as an integer, and
 * every value URL-encoded.
 */
class OsuV1ClientRequestTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private OsuV1Client client;

	@BeforeEach
	void createClient() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		this.client = OsuV1Client.builder().token(KEY).baseUrl(server.baseUrl()).build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void getUserByNameSendsTypeStringAndMode() {
		this.client.getUser("peppy").block();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_user?k=" + KEY + "&u=peppy&type=string&m=0");
	}

	@Test
	void getUserByIdSendsTypeIdModeAndEventDays() {
		this.client.getUser(UserQuery.of(2).withMode(Gamemode.MANIA).withEventDays(31)).block();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_user?k=" + KEY + "&u=2&type=id&m=3&event_days=31");
	}

	@Test
	void aDigitOnlyNameIsStillSentAsAString() {
		this.client.getUser(UserQuery.of(UserRef.name("12345"))).block();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_user?k=" + KEY + "&u=12345&type=string&m=0");
	}

	@Test
	void namesAreUrlEncodedSoAmpersandsCannotInjectParameters() {
		this.client.getUser("a b&k=stolen#x").block();
		LoggedRequest request = onlyRequest();
		assertThat(request.getUrl())
			.isEqualTo("/api/get_user?k=" + KEY + "&u=a%20b%26k%3Dstolen%23x&type=string&m=0");
		assertThat(request.queryParameter("u").values()).containsExactly("a b&k=stolen#x");
		assertThat(request.queryParameter("k").values()).containsExactly(KEY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a&b", "a=b", "a#b", "a%b", "a%26k%3Dx", "  spaced  out ", "Ñandú 日本語 🎵", "?u=1&type=id",
			"a+b", "a/b\\c", "\"quoted\"" })
	void hostileNamesArriveIntactAndInjectNothing(String name) {
		this.client.getUserBests(UserScoresQuery.of(name)).blockLast();
		LoggedRequest request = onlyRequest();
		assertThat(request.queryParameter("u").values()).containsExactly(name);
		assertThat(request.queryParameter("type").values()).containsExactly("string");
		assertThat(request.queryParameter("k").values()).containsExactly(KEY);
		assertThat(request.queryParameter("m").values()).containsExactly("0");
		assertThat(request.getQueryParams()).containsOnlyKeys("k", "u", "type", "m");
	}

	@Test
	void aLongNameIsSentWhole() {
		String name = "x&=#% ü".repeat(150);
		assertThat(name.length()).isGreaterThan(1000);
		this.client.getUser(name).block();
		assertThat(onlyRequest().queryParameter("u").firstValue()).isEqualTo(name);
	}

	@Test
	void unicodeNamesAreSentAsUtf8() {
		this.client.getUser("ゆき").block();
		assertThat(onlyRequest().queryParameter("u").firstValue()).isEqualTo("ゆき");
	}

	@Test
	void getUserRecentsSendsUserModeAndLimit() {
		this.client.getUserRecents(UserScoresQuery.of("Some One").withMode(Gamemode.TAIKO).withLimit(50)).blockLast();
		assertThat(onlyRequest().getUrl())
			.isEqualTo("/api/get_user_recent?k=" + KEY + "&u=Some%20One&type=string&m=1&limit=50");
	}

	@Test
	void getUserBestsSendsUserModeAndLimit() {
		this.client.getUserBests(UserScoresQuery.of(7562902).withMode(Gamemode.FRUITS).withLimit(100)).blockLast();
		assertThat(onlyRequest().getUrl())
			.isEqualTo("/api/get_user_best?k=" + KEY + "&u=7562902&type=id&m=2&limit=100");
	}

	@Test
	void getUserBestsLeavesLimitToTheApiWhenNotGiven() {
		this.client.getUserBests(2).blockLast();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_user_best?k=" + KEY + "&u=2&type=id&m=0");
	}

	@Test
	void getBeatmapsByIdSendsNoModeSoEveryModeIsFound() {
		this.client.getBeatmaps(BeatmapQuery.byBeatmapId(131891)).blockLast();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_beatmaps?k=" + KEY + "&b=131891");
	}

	@Test
	void getBeatmapsSendsEveryFilter() {
		BeatmapQuery query = BeatmapQuery.byBeatmapsetId(41823)
			.withMode(Gamemode.TAIKO)
			.withConverts(true)
			.withMods(Mods.of(Mod.HR, Mod.DT))
			.withLimit(500);
		this.client.getBeatmaps(query).blockLast();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_beatmaps?k=" + KEY + "&s=41823&m=1&a=1&mods=80&limit=500");
	}

	@Test
	void getBeatmapsSendsSinceAsAnEncodedUtcDate() {
		this.client.getBeatmaps(BeatmapQuery.since(Instant.parse("2026-01-02T03:04:05.678Z"))).blockLast();
		LoggedRequest request = onlyRequest();
		assertThat(request.getUrl()).isEqualTo("/api/get_beatmaps?k=" + KEY + "&since=2026-01-02%2003%3A04%3A05");
		assertThat(request.queryParameter("since").firstValue()).isEqualTo("2026-01-02 03:04:05");
	}

	@Test
	void getBeatmapsSendsHashAndMapper() {
		this.client.getBeatmaps(BeatmapQuery.byHash("2d687e5ee79f3862ad0c60651471cdcc")).blockLast();
		this.client.getBeatmaps(BeatmapQuery.byUser(UserRef.parse("id:19048"))).blockLast();
		assertThat(server.getAllServeEvents()).hasSize(2);
		assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(anyUrl())))
			.extracting(LoggedRequest::getUrl)
			.containsExactly("/api/get_beatmaps?k=" + KEY + "&h=2d687e5ee79f3862ad0c60651471cdcc",
					"/api/get_beatmaps?k=" + KEY + "&u=19048&type=id");
	}

	@Test
	void getBeatmapScoresSendsBeatmapUserModeModsAndLimit() {
		BeatmapScoresQuery query = BeatmapScoresQuery.of(2906626)
			.withUser(UserRef.name("Cookiezi"))
			.withMode(Gamemode.OSU)
			.withMods(Mods.parse("HDNC"))
			.withLimit(100);
		this.client.getBeatmapScores(query).blockLast();
		assertThat(onlyRequest().getUrl())
			.isEqualTo("/api/get_scores?k=" + KEY + "&b=2906626&u=Cookiezi&type=string&m=0&mods=584&limit=100");
	}

	@Test
	void getMatchSendsTheMatchId() {
		server.stubFor(get(urlPathEqualTo("/api/get_match")).willReturn(okJson("{\"match\":0,\"games\":[]}")));
		this.client.getMatch(105019274).block();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_match?k=" + KEY + "&mp=105019274");
	}

	@Test
	void getReplayByScoreSendsScoreAndMode() {
		stubReplayNotAvailable();
		this.client.getReplay(ReplayQuery.ofScore(4991240606L).withMode(Gamemode.MANIA)).block();
		assertThat(onlyRequest().getUrl()).isEqualTo("/api/get_replay?k=" + KEY + "&s=4991240606&m=3");
	}

	@Test
	void getReplayByBeatmapAndUserSendsTypeAndMods() {
		stubReplayNotAvailable();
		this.client.getReplay(ReplayQuery.of(2906626, UserRef.id(4819811)).withMods(Mods.of(Mod.HD))).block();
		assertThat(onlyRequest().getUrl())
			.isEqualTo("/api/get_replay?k=" + KEY + "&b=2906626&u=4819811&type=id&m=0&mods=8");
	}

	@Test
	void getBeatmapOsuSendsNoKey() {
		server.stubFor(get(urlPathEqualTo("/osu/131891")).willReturn(aResponse().withStatus(200).withBody("")));
		this.client.getBeatmapOsu(131891).block();
		assertThat(onlyRequest().getUrl()).isEqualTo("/osu/131891");
	}

	@Test
	void aBaseUrlWithAPathIsKeptInFront() {
		OsuV1Client prefixed = this.client.mutate().baseUrl(server.baseUrl() + "/private/v1/").build();
		try {
			prefixed.getUser(2).block();
			prefixed.getBeatmapOsu(5).block();
		}
		finally {
			prefixed.close();
		}
		assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(anyUrl())))
			.extracting(LoggedRequest::getUrl)
			.containsExactly("/private/v1/api/get_user?k=" + KEY + "&u=2&type=id&m=0", "/private/v1/osu/5");
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> this.client.getUserRecents(UserScoresQuery.of("x").withLimit(51))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("limit")
			.hasMessageContaining("50");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> this.client.getMatch(0)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("matchId");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> this.client.getBeatmapOsu(-1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("beatmapId");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	private static void stubReplayNotAvailable() {
		server.stubFor(get(urlPathEqualTo("/api/get_replay"))
			.willReturn(okJson("{\"error\":\"" + ResponseDecoder.REPLAY_NOT_AVAILABLE + "\"}")));
	}

	private LoggedRequest onlyRequest() {
		assertThat(server.getAllServeEvents()).hasSize(1);
		return server.getAllServeEvents().get(0).getRequest();
	}

}
