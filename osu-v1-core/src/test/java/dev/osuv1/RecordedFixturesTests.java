package dev.osuv1;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.osuv1.RecordedFixtures.Recording;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Genre;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Language;
import dev.osuv1.model.Match;
import dev.osuv1.model.MatchGame;
import dev.osuv1.model.MatchScore;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.model.RankStatus;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import dev.osuv1.model.ScoringType;
import dev.osuv1.model.Team;
import dev.osuv1.model.TeamType;
import dev.osuv1.model.User;
import dev.osuv1.model.UserEvent;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.query.UserScoresQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every real recorded osu! API v1 response under {@code ../shared/fixtures} goes through the real client against a
 * WireMock server, and what comes out is compared with the recorded JSON field by field. Skipped, with the reason,
 * when the fixtures folder is absent.
 */
@ExtendWith(RecordedFixtures.class)
class RecordedFixturesTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** The beatmap, user and score of aiosu's get_replay / get_scores / .osu recordings. */
	private static final long AIOSU_BEATMAP = 2906626L;

	private static final long AIOSU_REPLAY_USER = 4819811L;

	/** The recordings without a filter are served for this one: the client refuses to send no filter at all. */
	private static final Instant SINCE = Instant.parse("2007-01-01T00:00:00Z");

	private static final Pattern MULTIPLE_BEATMAP = Pattern.compile("multiple_beatmap_(osu|taiko|fruits|mania)\\.json");

	private static final Pattern MULTIPLE_SCORE = Pattern
		.compile("multiple_score_(osu|taiko|fruits|mania)_(beatmap|bests|recents)\\.json");

	private static final Pattern SINGLE_USER = Pattern.compile("single_user_(osu|taiko|fruits|mania)\\.json");

	private static final Pattern OSU_FILE_PATH = Pattern.compile("/osu/(\\d+)");

	private static final Pattern CONTENT_DISPOSITION_FILE = Pattern.compile("filename=\"(.*)\"");

	private static WireMockServer server;

	private static OsuV1Client client;

	@BeforeAll
	static void startServer() {
		server = new WireMockServer(options().dynamicPort());
		server.start();
		client = OsuV1Client.builder().token(RecordedFixtures.RECORDED_KEY).baseUrl(server.baseUrl()).build();
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.stop();
	}

	static Stream<String> recordedResponses() {
		return RecordedFixtures.responseNames().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("recordedResponses")
	void decodesEveryRecordedResponseAsRecorded(String name) {
		Decoded decoded = exchange(name);
		assertThat(decoded.values()).as("decoded values of %s", name).isNotNull();
	}

	@Test
	void findsEveryFixtureFolder() {
		List<String> names = RecordedFixtures.responseNames();
		assertThat(names).contains("aiosu/get_beatmap_200.json", "aiosu/get_beatmap_osu_200.osu",
				"aiosu/get_replay_404.json", "aiosu/history/03d52a5_2023-08-28/get_user_recents_200.json",
				"aiosu/history/f598704_2024-02-29/get_user_200.json", "node-osu/sampleMatch.json");
		assertThat(names).filteredOn((name) -> name.startsWith("aiosu/history/a3cd36b_2022-12-02/")).hasSize(22);
		assertThat(names).filteredOn((name) -> name.startsWith("Tillerinobot/mappings/"))
			.hasSizeGreaterThanOrEqualTo(10);
		assertThat(names).noneMatch((name) -> name.endsWith(".osr") || name.endsWith(".md"));
		assertThat(names).hasSizeGreaterThanOrEqualTo(70);
	}

	@Test
	void gradeRulesReproduceEveryRecordedPassAndAccuracyStaysInRange() {
		List<String> mismatches = new ArrayList<>();
		int passes = 0;
		int fails = 0;
		for (String name : RecordedFixtures.responseNames()) {
			if (!plan(RecordedFixtures.load(name)).kind().scores) {
				continue;
			}
			for (Object value : exchange(name).values()) {
				Score score = (Score) value;
				assertThat(score.accuracy()).as("accuracy in %s", name).isBetween(0.0, 1.0);
				if (score.rank() == Grade.F) {
					fails++;
				}
				else {
					passes++;
					if (score.computedRank() != score.rank()) {
						mismatches.add(name + ": " + score);
					}
				}
			}
		}
		assertThat(mismatches).isEmpty();
		// osu-api-v1.md section 7: the rules reproduce all 595 non-F scores of the fixtures (more if files are added)
		assertThat(passes).isGreaterThanOrEqualTo(595);
		assertThat(fails).isPositive();
	}

	@Test
	void noFilterBeatmapListHasAll500RowsWithNullsKept() {
		List<Beatmap> maps = values("aiosu/get_beatmap_200.json", Beatmap.class);
		assertThat(maps).hasSize(500);
		Beatmap first = maps.get(0);
		assertThat(first.beatmapId()).isEqualTo(5745195L);
		assertThat(first.beatmapsetId()).isEqualTo(2578600L);
		assertThat(first.mode()).isEqualTo(Gamemode.MANIA);
		assertThat(first.approved()).isEqualTo(RankStatus.WIP);
		assertThat(first.submitDate()).isEqualTo(Instant.parse("2026-07-01T07:22:36Z"));
		assertThat(first.lastUpdate()).isEqualTo(Instant.parse("2026-07-02T11:57:31Z"));
		assertThat(first.approvedDate()).isNull();
		assertThat(first.diffAim()).isNull();
		assertThat(first.diffSpeed()).isNull();
		assertThat(first.packs()).isEmpty();
		assertThat(first.maxCombo()).isEqualTo(5631);
		assertThat(first.source()).isEqualTo("\u3061\u3083\u3093\u3052\u308d\u30bd\u30cb\u30c3\u30af2018");
		assertThat(first.difficultyRating()).isEqualTo(4.37067);
		assertThat(maps.get(499).beatmapId()).isEqualTo(5746719L);
		assertThat(maps).extracting(Beatmap::mode)
			.contains(Gamemode.OSU, Gamemode.TAIKO, Gamemode.FRUITS, Gamemode.MANIA);
		assertThat(maps).allSatisfy((map) -> assertThat(map.diffAim()).isNull());
	}

	@Test
	void tillerinobotBigBlackKeepsNullUnicodeNamesAndSplitsPacks() {
		String name = RecordedFixtures.named("Tillerinobot/mappings/api_get_beatmaps-");
		List<Beatmap> maps = values(name, Beatmap.class);
		assertThat(maps).hasSize(1);
		Beatmap map = maps.get(0);
		assertThat(map.beatmapId()).isEqualTo(131891L);
		assertThat(map.beatmapsetId()).isEqualTo(41823L);
		assertThat(map.artist()).isEqualTo("The Quick Brown Fox");
		assertThat(map.artistUnicode()).isNull();
		assertThat(map.titleUnicode()).isNull();
		assertThat(map.version()).isEqualTo("WHO'S AFRAID OF THE BIG BLACK");
		assertThat(map.approved()).isEqualTo(RankStatus.APPROVED);
		assertThat(map.approvedDate()).isEqualTo(Instant.parse("2012-02-19T05:51:54Z"));
		assertThat(map.submitDate()).isEqualTo(Instant.parse("2011-12-24T00:34:33Z"));
		assertThat(map.packs()).containsExactly("P266", "R129", "R56", "SA9", "TM32");
		assertThat(map.maxCombo()).isEqualTo(1337);
		assertThat(map.diffAim()).isEqualTo(3.56781);
		assertThat(map.diffSpeed()).isEqualTo(2.90171);
		assertThat(map.bpm()).isEqualTo(360.3);
		assertThat(map.genre()).isEqualTo(Genre.ELECTRONIC);
		assertThat(map.language()).isEqualTo(Language.ENGLISH);
		assertThat(map.storyboard()).isTrue();
		assertThat(map.video()).isFalse();
		assertThat(map.playcount()).isEqualTo(38705847L);
		assertThat(map.fileMd5()).isEqualTo("2d687e5ee79f3862ad0c60651471cdcc");
	}

	@Test
	void tillerinobotBeatmapFileIsByteExactAndNamedByContentDisposition() {
		BeatmapFile file = values(RecordedFixtures.named("Tillerinobot/mappings/osu_131891-"), BeatmapFile.class)
			.get(0);
		Beatmap map = values(RecordedFixtures.named("Tillerinobot/mappings/api_get_beatmaps-"), Beatmap.class).get(0);
		assertThat(file.beatmapId()).isEqualTo(131891L);
		assertThat(file.md5()).isEqualTo("2d687e5ee79f3862ad0c60651471cdcc").isEqualTo(map.fileMd5());
		assertThat(file.fileName())
			.isEqualTo("The Quick Brown Fox - The Big Black (Blue Dragon) [WHO'S AFRAID OF THE BIG BLACK].osu");
		assertThat(file.text()).startsWith("osu file format v9\r\n\r\n[General]");
		assertThat(file.content()).hasSize(22742);
	}

	@Test
	void peppyIsDecodedWithUtcDatesAndLongScores() {
		User peppy = values("aiosu/get_user_200.json", User.class).get(0);
		assertThat(peppy.userId()).isEqualTo(2L);
		assertThat(peppy.username()).isEqualTo("peppy");
		assertThat(peppy.joinDate()).isEqualTo(Instant.parse("2007-08-28T03:09:12Z"));
		assertThat(peppy.rankedScore()).isEqualTo(466015627L);
		assertThat(peppy.totalScore()).isEqualTo(2030915816L);
		assertThat(peppy.accuracy()).isEqualTo(96.79685974121094);
		assertThat(peppy.level()).isEqualTo(67.5349);
		assertThat(peppy.ppCountryRank()).isEqualTo(17149);
		assertThat(peppy.country()).isEqualTo("AU");
		assertThat(peppy.events()).isEmpty();
		assertThat(peppy.hasStatistics()).isTrue();
	}

	@Test
	void tillerinoByNameHasARankButNoPpAndAScoreBeyond32Bits() {
		User tillerino = values(RecordedFixtures.named("Tillerinobot/mappings/api_get_user-643de9b8"), User.class)
			.get(0);
		assertThat(tillerino.userId()).isEqualTo(2070907L);
		assertThat(tillerino.ppRaw()).isEqualTo(0.0);
		assertThat(tillerino.ppRank()).isEqualTo(55036);
		assertThat(tillerino.rankedScore()).isEqualTo(6011554859L);
		assertThat(tillerino.totalScore()).isEqualTo(39780078806L);
	}

	@Test
	void beatmapScoresTakeTheirBeatmapAndModeFromTheRequest() {
		List<Score> scores = values("aiosu/get_beatmap_scores_200.json", Score.class);
		assertThat(scores).hasSize(50);
		assertThat(scores).allSatisfy((score) -> {
			assertThat(score.beatmapId()).isEqualTo(AIOSU_BEATMAP);
			assertThat(score.mode()).isEqualTo(Gamemode.OSU);
			assertThat(score.username()).isNotNull();
			assertThat(score.pp()).isNotNull();
			assertThat(score.replayAvailable()).isNotNull();
		});
		Score first = scores.get(0);
		assertThat(first.scoreId()).isEqualTo(4580373803L);
		assertThat(first.username()).isEqualTo("C-L");
		assertThat(first.mods()).isEqualTo(Mods.of(Mod.HD, Mod.DT));
		assertThat(first.rank()).isEqualTo(Grade.SH);
		assertThat(first.pp()).isEqualTo(428.223);
		assertThat(first.replayAvailable()).isTrue();
		assertThat(first.date()).isEqualTo(Instant.parse("2024-02-05T16:23:28Z"));
		assertThat(scores.get(49).scoreId()).isEqualTo(3904848482L);
	}

	@Test
	void userBestsCarryPpAndPerfectImpliesSuddenDeath() {
		List<Score> bests = values("aiosu/get_user_bests_200.json", Score.class);
		assertThat(bests).hasSize(10);
		Score first = bests.get(0);
		assertThat(first.beatmapId()).isEqualTo(22423L);
		assertThat(first.scoreId()).isEqualTo(1720541511L);
		assertThat(first.userId()).isEqualTo(2L);
		assertThat(first.mods().bits()).isEqualTo(16416L);
		assertThat(first.mods().toSet()).contains(Mod.PF, Mod.SD);
		assertThat(first.rank()).isEqualTo(Grade.X);
		assertThat(first.perfect()).isTrue();
		assertThat(first.pp()).isEqualTo(72.9787);
		assertThat(first.replayAvailable()).isFalse();
		assertThat(first.username()).isNull();
		assertThat(first.accuracy()).isEqualTo(1.0);
	}

	@Test
	void tillerinobotBestsAreAll50() {
		List<Score> bests = values(RecordedFixtures.named("Tillerinobot/mappings/api_get_user_best-"), Score.class);
		assertThat(bests).hasSize(50);
		assertThat(bests.get(0).mods()).hasToString("NC");
		assertThat(bests).allSatisfy((score) -> assertThat(score.userId()).isEqualTo(2070907L));
	}

	@Test
	void recentFailsHaveNoScoreIdPpOrReplayFlag() {
		List<Score> recents = values("aiosu/get_user_recents_200.json", Score.class);
		assertThat(recents).hasSize(7);
		assertThat(recents).allSatisfy((score) -> {
			assertThat(score.rank()).isEqualTo(Grade.F);
			assertThat(score.scoreId()).isNull();
			assertThat(score.pp()).isNull();
			assertThat(score.replayAvailable()).isNull();
			assertThat(score.username()).isNull();
		});
		Score first = recents.get(0);
		assertThat(first.beatmapId()).isEqualTo(2360394L);
		assertThat(first.userId()).isEqualTo(11367222L);
		assertThat(first.date()).isEqualTo(Instant.parse("2026-07-03T10:09:35Z"));
		assertThat(first.mods()).isEqualTo(Mods.of(Mod.HD, Mod.DT));
	}

	@Test
	void recentPassesWithAndWithoutAStoredScoreId() {
		List<Score> recents = values("aiosu/history/a3cd36b_2022-12-02/multiple_score_mania_recents.json",
				Score.class);
		assertThat(recents).filteredOn((score) -> score.rank() != Grade.F).hasSize(6);
		assertThat(recents).filteredOn((score) -> score.rank() == Grade.F)
			.allSatisfy((score) -> assertThat(score.scoreId()).isNull());
		assertThat(recents).allSatisfy((score) -> assertThat(score.mode()).isEqualTo(Gamemode.MANIA));
		assertThat(recents).anySatisfy((score) -> assertThat(score.mods()).hasToString("NC"));
	}

	@Test
	void maniaScoresKeepTheMirrorBit() {
		List<Score> scores = values("aiosu/history/a3cd36b_2022-12-02/multiple_score_mania_beatmap.json",
				Score.class);
		assertThat(scores).hasSize(37);
		assertThat(scores).anySatisfy((score) -> {
			assertThat(score.mods().bits()).isEqualTo(1073791008L);
			assertThat(score.mods().toSet()).contains(Mod.MR);
		});
	}

	@Test
	void everyModeOfThe2022SetIsDecoded() {
		for (Gamemode mode : List.of(Gamemode.OSU, Gamemode.TAIKO, Gamemode.FRUITS, Gamemode.MANIA)) {
			String folder = "aiosu/history/a3cd36b_2022-12-02/";
			List<Beatmap> maps = values(folder + "multiple_beatmap_" + mode.apiName() + ".json", Beatmap.class);
			assertThat(maps).isNotEmpty().allSatisfy((map) -> assertThat(map.mode()).isEqualTo(mode));
			User user = values(folder + "single_user_" + mode.apiName() + ".json", User.class).get(0);
			assertThat(user.userId()).isEqualTo(7782553L);
			assertThat(user.username()).isEqualTo("Nice Aesthetics");
			assertThat(user.joinDate()).isEqualTo(Instant.parse("2016-01-18T19:42:00Z"));
			for (String source : List.of("beatmap", "bests", "recents")) {
				List<Score> scores = values(folder + "multiple_score_" + mode.apiName() + "_" + source + ".json",
						Score.class);
				assertThat(scores).isNotEmpty().allSatisfy((score) -> assertThat(score.mode()).isEqualTo(mode));
			}
		}
		assertThat(values("aiosu/history/a3cd36b_2022-12-02/multiple_beatmap_mania.json", Beatmap.class))
			.hasSize(437);
		assertThat(values("aiosu/history/a3cd36b_2022-12-02/single_user_osu.json", User.class).get(0).totalScore())
			.isEqualTo(40451460842L);
	}

	@Test
	void owc2022MatchHasTwoAbortedGamesAndNullPlayerModesOutsideFreeMod() {
		Match match = values("aiosu/get_match_200.json", Match.class).get(0);
		assertThat(match.matchId()).isEqualTo(105019274L);
		assertThat(match.name()).isEqualTo("OWC2022: (Russian Federation) VS (France)");
		assertThat(match.startTime()).isEqualTo(Instant.parse("2022-11-12T16:54:19Z"));
		assertThat(match.endTime()).isEqualTo(Instant.parse("2022-11-12T18:11:45Z"));
		assertThat(match.games()).hasSize(12);
		assertThat(match.games()).filteredOn(MatchGame::aborted)
			.extracting(MatchGame::gameId)
			.containsExactly(538152481L, 538154296L);
		assertThat(match.games()).filteredOn(MatchGame::aborted).allSatisfy((game) -> {
			assertThat(game.endTime()).isNull();
			assertThat(game.scores()).isEmpty();
		});
		MatchGame first = match.games().get(0);
		assertThat(first.scoringType()).isEqualTo(ScoringType.SCORE_V2);
		assertThat(first.teamType()).isEqualTo(TeamType.TEAM_VS);
		assertThat(first.scores()).hasSize(8);
		assertThat(first.scores().get(0).enabledMods()).isEqualTo(Mods.of(Mod.NF));
		assertThat(first.scores().get(0).team()).isEqualTo(Team.RED);
		MatchGame forcedDoubleTime = match.games().get(1);
		assertThat(forcedDoubleTime.mods()).isEqualTo(Mods.of(Mod.NF, Mod.DT));
		assertThat(forcedDoubleTime.scores()).hasSize(8).allSatisfy((score) -> {
			assertThat(score.enabledMods()).isNull();
			assertThat(score.effectiveMods()).isEqualTo(Mods.of(Mod.NF, Mod.DT));
		});
	}

	@Test
	void owc2019MatchKeepsAFailedPassAndCombinesGameAndPlayerMods() {
		Match match = values("node-osu/sampleMatch.json", Match.class).get(0);
		assertThat(match.matchId()).isEqualTo(57155016L);
		assertThat(match.startTime()).isEqualTo(Instant.parse("2019-12-22T02:48:47Z"));
		assertThat(match.games()).hasSize(10);
		assertThat(match.games()).noneMatch(MatchGame::aborted);
		MatchScore failed = match.games().get(0).scores().stream().filter((score) -> !score.pass()).findFirst()
			.orElseThrow();
		assertThat(failed.userId()).isEqualTo(3533958L);
		assertThat(failed.countMiss()).isEqualTo(27);
		MatchGame doubleTime = match.games().stream().filter((game) -> game.gameId() == 298230665L).findFirst()
			.orElseThrow();
		assertThat(doubleTime.mods()).isEqualTo(Mods.of(Mod.DT));
		assertThat(doubleTime.scores()).allSatisfy((score) -> {
			assertThat(score.enabledMods()).isEqualTo(Mods.of(Mod.NF, Mod.DT));
			assertThat(score.effectiveMods()).isEqualTo(Mods.of(Mod.NF, Mod.DT));
		});
		assertThat(match.games().get(9).scores()).hasSize(16);
	}

	@Test
	void replayIsTheLzmaStreamOfTheContent() {
		Replay replay = values("aiosu/get_replay_200.json", Replay.class).get(0);
		byte[] data = replay.data();
		assertThat(data).hasSize(39803);
		assertThat(data).startsWith(0x5D, 0x00, 0x00, 0x20, 0x00);
		long uncompressed = ByteBuffer.wrap(data, 5, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
		assertThat(uncompressed).isEqualTo(167830L);
		Replay older = values("aiosu/history/a3cd36b_2022-12-02/replay.json", Replay.class).get(0);
		assertThat(older.size()).isEqualTo(69220);
		assertThat(older.data()).startsWith(0x5D, 0x00, 0x00, 0x20, 0x00);
	}

	@Test
	void replayNotAvailableWithStatus200IsAnEmptyMono() {
		Recording recording = RecordedFixtures.load("aiosu/get_replay_404.json");
		assertThat(recording.status()).isEqualTo(200);
		assertThat(new String(recording.body(), StandardCharsets.UTF_8).strip())
			.isEqualTo("{\"error\":\"Replay not available.\"}");
		serve(recording, "/api/get_replay");
		StepVerifier.create(client.getReplay(ReplayQuery.of(AIOSU_BEATMAP, UserRef.name("peppy"))))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(sentQuery("/api/get_replay")).containsExactlyInAnyOrderEntriesOf(
				Map.of("k", RecordedFixtures.RECORDED_KEY, "b", "2906626", "u", "peppy", "type", "string", "m", "0"));
	}

	@Test
	void emptyRecentListOfTillerinoIsAnEmptyFlux() {
		assertThat(values(RecordedFixtures.named("Tillerinobot/mappings/api_get_user_recent-"), Score.class))
			.isEmpty();
	}

	// --- running one recorded exchange

	private <T> List<T> values(String name, Class<T> type) {
		return exchange(name).values().stream().map(type::cast).toList();
	}

	/** Serves one recording, calls the client as its request did, checks what was sent and what came back. */
	private Decoded exchange(String name) {
		Recording recording = RecordedFixtures.load(name);
		Plan plan = plan(recording);
		serve(recording, plan.path());
		List<Object> values = Flux.from(plan.call().apply(client)).cast(Object.class).collectList().block(TIMEOUT);
		assertThat(sentQuery(plan.path())).as("query sent for %s", name)
			.containsExactlyInAnyOrderEntriesOf(plan.query());
		assertThat(values).as("values decoded from %s", name).isNotNull();
		check(plan, recording, values);
		return new Decoded(plan, values);
	}

	private static void serve(Recording recording, String path) {
		server.resetAll();
		ResponseDefinitionBuilder response = aResponse().withStatus(recording.status()).withBody(recording.body());
		recording.headers().forEach(response::withHeader);
		server.stubFor(get(urlPathEqualTo(path)).willReturn(response));
	}

	/** The parameters of the one request the client sent to the path. */
	private static Map<String, String> sentQuery(String path) {
		List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo(path)));
		assertThat(requests).as("requests to %s", path).hasSize(1);
		assertThat(server.findAllUnmatchedRequests()).isEmpty();
		String url = requests.get(0).getUrl();
		int question = url.indexOf('?');
		return RecordedFixtures.queryOf((question < 0) ? null : url.substring(question + 1));
	}

	// --- which call each recording answers

	/** Works out the endpoint a recording came from and the call that asks for it; fails for an unknown file. */
	private static Plan plan(Recording recording) {
		if (recording.path() != null && recording.query() != null) {
			return planFromRecordedRequest(recording.path(), recording.query());
		}
		String file = recording.fileName();
		Matcher matcher;
		if (file.equals("get_beatmap_200.json")) {
			return beatmaps(null);
		}
		if ((matcher = MULTIPLE_BEATMAP.matcher(file)).matches()) {
			return beatmaps(Gamemode.parse(matcher.group(1)));
		}
		if (file.equals("get_beatmap_scores_200.json")) {
			return beatmapScores(Gamemode.OSU);
		}
		if (file.equals("get_user_bests_200.json")) {
			return userScores(Kind.USER_BESTS, Gamemode.OSU, recording, "peppy");
		}
		if (file.equals("get_user_recents_200.json")) {
			return userScores(Kind.USER_RECENTS, Gamemode.OSU, recording, "lifeline");
		}
		if ((matcher = MULTIPLE_SCORE.matcher(file)).matches()) {
			Gamemode mode = Gamemode.parse(matcher.group(1));
			return switch (matcher.group(2)) {
				case "beatmap" -> beatmapScores(mode);
				case "bests" -> userScores(Kind.USER_BESTS, mode, recording, "Nice Aesthetics");
				default -> userScores(Kind.USER_RECENTS, mode, recording, "Nice Aesthetics");
			};
		}
		if (file.equals("get_user_200.json")) {
			return user(Gamemode.OSU, recording);
		}
		if ((matcher = SINGLE_USER.matcher(file)).matches()) {
			return user(Gamemode.parse(matcher.group(1)), recording);
		}
		if (file.equals("get_match_200.json") || file.equals("match.json") || file.equals("sampleMatch.json")) {
			long matchId = Long.parseLong(RecordedFixtures.json(recording.body()).path("match").path("match_id")
				.asString());
			return new Plan(Kind.MATCH, "/api/get_match", Map.of("k", RecordedFixtures.RECORDED_KEY, "mp",
					Long.toString(matchId)), (c) -> c.getMatch(matchId), Gamemode.OSU, null);
		}
		if (file.startsWith("get_replay_") || file.equals("replay.json")) {
			// aiosu asked for peppy's replay to record "Replay not available."
			UserRef user = file.equals("get_replay_404.json") ? UserRef.name("peppy")
					: UserRef.id(AIOSU_REPLAY_USER);
			ReplayQuery query = ReplayQuery.of(AIOSU_BEATMAP, user);
			return new Plan(Kind.REPLAY, "/api/get_replay", Map.of("k", RecordedFixtures.RECORDED_KEY, "b",
					Long.toString(AIOSU_BEATMAP), "u", user.value(), "type", user.type(), "m", "0"),
					(c) -> c.getReplay(query), Gamemode.OSU, null);
		}
		if (file.endsWith(".osu")) {
			return beatmapFile(AIOSU_BEATMAP);
		}
		throw new AssertionError("no plan for the recorded response " + recording.name()
				+ ": add the endpoint it came from to RecordedFixturesTests.plan");
	}

	/** Tillerinobot recorded the request too: ask for exactly what it asked for, with the same key. */
	private static Plan planFromRecordedRequest(String path, Map<String, String> recorded) {
		Matcher file = OSU_FILE_PATH.matcher(path);
		if (file.matches()) {
			return beatmapFile(Long.parseLong(file.group(1)));
		}
		Gamemode mode = (recorded.containsKey("m")) ? Gamemode.fromId(Integer.parseInt(recorded.get("m")))
				: Gamemode.OSU;
		UserRef user = (recorded.containsKey("u")) ? new UserRef(recorded.get("u"), "id".equals(recorded.get("type")))
				: null;
		Integer limit = (recorded.containsKey("limit")) ? Integer.valueOf(recorded.get("limit")) : null;
		return switch (path) {
			case "/api/get_beatmaps" -> {
				BeatmapQuery query = BeatmapQuery.byBeatmapId(Long.parseLong(recorded.get("b")))
					.withMods(Mods.of(Long.parseLong(recorded.get("mods"))));
				yield new Plan(Kind.BEATMAPS, path, recorded, (c) -> c.getBeatmaps(query), null, null);
			}
			case "/api/get_user" -> {
				UserQuery query = UserQuery.of(user).withMode(mode);
				yield new Plan(Kind.USER, path, recorded, (c) -> c.getUser(query), mode, null);
			}
			case "/api/get_user_best" -> {
				UserScoresQuery query = new UserScoresQuery(user, mode, limit);
				yield new Plan(Kind.USER_BESTS, path, recorded, (c) -> c.getUserBests(query), mode, null);
			}
			case "/api/get_user_recent" -> {
				UserScoresQuery query = new UserScoresQuery(user, mode, limit);
				yield new Plan(Kind.USER_RECENTS, path, recorded, (c) -> c.getUserRecents(query), mode, null);
			}
			default -> throw new AssertionError("no plan for a recorded request to " + path);
		};
	}

	private static Plan beatmaps(@Nullable Gamemode mode) {
		BeatmapQuery query = BeatmapQuery.since(SINCE).withLimit(BeatmapQuery.MAX_LIMIT);
		Map<String, String> sent = new HashMap<>(Map.of("k", RecordedFixtures.RECORDED_KEY, "since",
				"2007-01-01 00:00:00", "limit", "500"));
		if (mode != null) {
			query = query.withMode(mode);
			sent.put("m", Integer.toString(mode.id()));
		}
		BeatmapQuery sentQuery = query;
		return new Plan(Kind.BEATMAPS, "/api/get_beatmaps", sent, (c) -> c.getBeatmaps(sentQuery), mode, null);
	}

	private static Plan beatmapScores(Gamemode mode) {
		BeatmapScoresQuery query = BeatmapScoresQuery.of(AIOSU_BEATMAP).withMode(mode);
		return new Plan(Kind.BEATMAP_SCORES, "/api/get_scores", Map.of("k", RecordedFixtures.RECORDED_KEY, "b",
				Long.toString(AIOSU_BEATMAP), "m", Integer.toString(mode.id())), (c) -> c.getBeatmapScores(query),
				mode, AIOSU_BEATMAP);
	}

	/** Asks for the scores of the user the rows belong to, by id; by the recorded name when there is no row. */
	private static Plan userScores(Kind kind, Gamemode mode, Recording recording, String recordedName) {
		JsonNode rows = RecordedFixtures.json(recording.body());
		UserRef user = (rows.isArray() && !rows.isEmpty()) ? UserRef.id(Long.parseLong(rows.get(0).path("user_id")
			.asString())) : UserRef.name(recordedName);
		UserScoresQuery query = UserScoresQuery.of(user).withMode(mode);
		String path = (kind == Kind.USER_BESTS) ? "/api/get_user_best" : "/api/get_user_recent";
		Function<OsuV1Client, Publisher<?>> call = (kind == Kind.USER_BESTS) ? (c) -> c.getUserBests(query)
				: (c) -> c.getUserRecents(query);
		return new Plan(kind, path, Map.of("k", RecordedFixtures.RECORDED_KEY, "u", user.value(), "type", user.type(),
				"m", Integer.toString(mode.id())), call, mode, null);
	}

	/** Asks for the user by the name the recording holds. */
	private static Plan user(Gamemode mode, Recording recording) {
		String username = RecordedFixtures.json(recording.body()).path(0).path("username").asString();
		UserQuery query = UserQuery.of(username).withMode(mode);
		return new Plan(Kind.USER, "/api/get_user", Map.of("k", RecordedFixtures.RECORDED_KEY, "u", username, "type",
				"string", "m", Integer.toString(mode.id())), (c) -> c.getUser(query), mode, null);
	}

	/** {@code /osu/{id}} takes no key and no parameter. */
	private static Plan beatmapFile(long beatmapId) {
		return new Plan(Kind.BEATMAP_FILE, "/osu/" + beatmapId, Map.of(), (c) -> c.getBeatmapOsu(beatmapId), null,
				beatmapId);
	}

	// --- comparing what came back with the recorded JSON, field by field

	private static void check(Plan plan, Recording recording, List<Object> values) {
		switch (plan.kind()) {
			case BEATMAP_FILE -> checkBeatmapFile(plan, recording, values);
			case REPLAY -> checkReplay(recording, values);
			case MATCH -> checkMatch(recording, values);
			default -> checkRows(plan, RecordedFixtures.json(recording.body()), values);
		}
	}

	private static void checkRows(Plan plan, JsonNode rows, List<Object> values) {
		assertThat(rows.isArray()).as("recorded body is a JSON array").isTrue();
		assertThat(values).hasSize(rows.size());
		for (int i = 0; i < values.size(); i++) {
			JsonNode row = rows.get(i);
			Object value = values.get(i);
			switch (plan.kind()) {
				case BEATMAPS -> checkBeatmap(plan, row, (Beatmap) value);
				case USER -> checkUser(row, (User) value);
				default -> checkScore(plan, row, (Score) value);
			}
		}
	}

	private static void checkBeatmap(Plan plan, JsonNode row, Beatmap actual) {
		Beatmap expected = new Beatmap(longOf(row, "beatmapset_id"), longOf(row, "beatmap_id"),
				RankStatus.fromId(intOf(row, "approved")), intOf(row, "total_length"), intOf(row, "hit_length"),
				text(row, "version"), text(row, "file_md5"), doubleOf(row, "diff_size"),
				doubleOf(row, "diff_overall"), doubleOf(row, "diff_approach"), doubleOf(row, "diff_drain"),
				Gamemode.fromId(intOf(row, "mode")), intOf(row, "count_normal"), intOf(row, "count_slider"),
				intOf(row, "count_spinner"), instant(row, "submit_date"), instant(row, "approved_date"),
				instant(row, "last_update"), text(row, "artist"), text(row, "artist_unicode"), text(row, "title"),
				text(row, "title_unicode"), text(row, "creator"), longOf(row, "creator_id"), doubleOf(row, "bpm"),
				text(row, "source"), text(row, "tags"), Genre.fromId(intOf(row, "genre_id")),
				Language.fromId(intOf(row, "language_id")), intOf(row, "favourite_count"), doubleOf(row, "rating"),
				bool01(row, "storyboard"), bool01(row, "video"), bool01(row, "download_unavailable"),
				bool01(row, "audio_unavailable"), longOf(row, "playcount"), longOf(row, "passcount"),
				packs(text(row, "packs")), nullableInt(row, "max_combo"), nullableDouble(row, "diff_aim"),
				nullableDouble(row, "diff_speed"), doubleOf(row, "difficultyrating"));
		assertThat(actual).as("beatmap %s", row.path("beatmap_id").asString()).isEqualTo(expected);
		assertThat(actual.approved()).isNotEqualTo(RankStatus.UNKNOWN);
		assertThat(actual.genre()).isNotEqualTo(Genre.UNKNOWN);
		assertThat(actual.language()).isNotEqualTo(Language.UNKNOWN);
		if (plan.mode() != null) {
			assertThat(actual.mode()).isEqualTo(plan.mode());
		}
		else {
			assertThat(actual.mode()).isNotEqualTo(Gamemode.UNKNOWN);
		}
	}

	private static void checkUser(JsonNode row, User actual) {
		List<UserEvent> events = new ArrayList<>();
		for (JsonNode event : row.path("events")) {
			events.add(new UserEvent(text(event, "display_html"), longOf(event, "beatmap_id"),
					longOf(event, "beatmapset_id"), instant(event, "date"), intOf(event, "epicfactor")));
		}
		User expected = new User(longOf(row, "user_id"), text(row, "username"), instant(row, "join_date"),
				nullableLong(row, "count300"), nullableLong(row, "count100"), nullableLong(row, "count50"),
				nullableLong(row, "playcount"), nullableLong(row, "ranked_score"), nullableLong(row, "total_score"),
				nullableInt(row, "pp_rank"), nullableDouble(row, "level"), nullableDouble(row, "pp_raw"),
				nullableDouble(row, "accuracy"), nullableInt(row, "count_rank_ss"),
				nullableInt(row, "count_rank_ssh"), nullableInt(row, "count_rank_s"),
				nullableInt(row, "count_rank_sh"), nullableInt(row, "count_rank_a"), text(row, "country"),
				nullableLong(row, "total_seconds_played"), nullableInt(row, "pp_country_rank"), events);
		assertThat(actual).as("user %s", row.path("user_id").asString()).isEqualTo(expected);
		assertThat(actual.hasStatistics()).isEqualTo(!row.path("playcount").isNull());
	}

	private static void checkScore(Plan plan, JsonNode row, Score actual) {
		long beatmapId = (plan.beatmapId() != null) ? plan.beatmapId() : longOf(row, "beatmap_id");
		Score expected = new Score(nullableLong(row, "score_id"), beatmapId, longOf(row, "user_id"),
				optionalText(row, "username"), longOf(row, "score"), intOf(row, "maxcombo"), intOf(row, "count50"),
				intOf(row, "count100"), intOf(row, "count300"), intOf(row, "countmiss"), intOf(row, "countkatu"),
				intOf(row, "countgeki"), bool01(row, "perfect"), Mods.of(longOf(row, "enabled_mods")),
				instant(row, "date"), Grade.valueOf(text(row, "rank")), nullableDouble(row, "pp"),
				row.has("replay_available") ? bool01(row, "replay_available") : null, plan.mode());
		assertThat(actual).as("score %s", row).isEqualTo(expected);
		assertThat(actual.accuracy()).isBetween(0.0, 1.0);
		if (actual.rank() != Grade.F) {
			assertThat(actual.computedRank()).as("grade computed for %s", row).isEqualTo(actual.rank());
		}
		switch (plan.kind()) {
			case BEATMAP_SCORES -> {
				assertThat(row.has("beatmap_id")).isFalse();
				assertThat(actual.username()).isNotNull();
				assertThat(actual.scoreId()).isNotNull();
			}
			case USER_BESTS -> {
				assertThat(actual.rank()).isNotEqualTo(Grade.F);
				assertThat(actual.pp()).isNotNull();
				assertThat(actual.replayAvailable()).isNotNull();
			}
			default -> {
				assertThat(actual.pp()).isNull();
				assertThat(actual.replayAvailable()).isNull();
				if (actual.rank() == Grade.F) {
					assertThat(actual.scoreId()).isNull();
				}
			}
		}
	}

	private static void checkMatch(Recording recording, List<Object> values) {
		JsonNode root = RecordedFixtures.json(recording.body());
		JsonNode match = root.path("match");
		if (!match.isObject()) {
			assertThat(values).isEmpty();
			return;
		}
		assertThat(values).hasSize(1);
		Match actual = (Match) values.get(0);
		List<MatchGame> games = new ArrayList<>();
		for (JsonNode game : root.path("games")) {
			List<MatchScore> scores = new ArrayList<>();
			for (JsonNode score : game.path("scores")) {
				Long playerMods = nullableLong(score, "enabled_mods");
				scores.add(new MatchScore(intOf(score, "slot"), Team.fromId(intOf(score, "team")),
						longOf(score, "user_id"), longOf(score, "score"), intOf(score, "maxcombo"),
						intOf(score, "rank"), intOf(score, "count50"), intOf(score, "count100"), intOf(score, "count300"),
						intOf(score, "countmiss"), intOf(score, "countgeki"), intOf(score, "countkatu"),
						bool01(score, "perfect"), bool01(score, "pass"), (playerMods != null) ? Mods.of(playerMods)
								: null,
						Mods.of(longOf(game, "mods") | ((playerMods != null) ? playerMods : 0L))));
			}
			games.add(new MatchGame(longOf(game, "game_id"), instant(game, "start_time"), instant(game, "end_time"),
					longOf(game, "beatmap_id"), Gamemode.fromId(intOf(game, "play_mode")),
					intOf(game, "match_type"), ScoringType.fromId(intOf(game, "scoring_type")),
					TeamType.fromId(intOf(game, "team_type")), Mods.of(longOf(game, "mods")), scores));
		}
		Match expected = new Match(longOf(match, "match_id"), text(match, "name"), instant(match, "start_time"),
				instant(match, "end_time"), games);
		assertThat(actual).isEqualTo(expected);
		for (MatchGame game : actual.games()) {
			if (game.endTime() == null) {
				assertThat(game.scores()).as("scores of aborted game %d", game.gameId()).isEmpty();
			}
			assertThat(game.playMode()).isNotEqualTo(Gamemode.UNKNOWN);
			assertThat(game.scoringType()).isNotEqualTo(ScoringType.UNKNOWN);
			assertThat(game.teamType()).isNotEqualTo(TeamType.UNKNOWN);
			for (MatchScore score : game.scores()) {
				assertThat(score.effectiveMods().bits()).isEqualTo(game.mods().bits()
						| ((score.enabledMods() != null) ? score.enabledMods().bits() : 0L));
			}
		}
	}

	private static void checkReplay(Recording recording, List<Object> values) {
		JsonNode root = RecordedFixtures.json(recording.body());
		if (root.has("error")) {
			assertThat(root.path("error").asString()).isEqualTo("Replay not available.");
			assertThat(recording.status()).isEqualTo(200);
			assertThat(values).isEmpty();
			return;
		}
		assertThat(values).hasSize(1);
		Replay replay = (Replay) values.get(0);
		assertThat(replay.data()).isEqualTo(Base64.getMimeDecoder().decode(root.path("content").asString()));
		assertThat(replay.data()).startsWith(0x5D, 0x00, 0x00, 0x20, 0x00);
	}

	private static void checkBeatmapFile(Plan plan, Recording recording, List<Object> values) {
		assertThat(values).hasSize(1);
		BeatmapFile file = (BeatmapFile) values.get(0);
		assertThat(file.beatmapId()).isEqualTo(plan.beatmapId());
		assertThat(file.content()).isEqualTo(recording.body());
		assertThat(file.md5()).isEqualTo(md5(recording.body()));
		assertThat(file.text()).startsWith("osu file format v");
		String disposition = recording.headers().get("Content-Disposition");
		if (disposition != null) {
			Matcher name = CONTENT_DISPOSITION_FILE.matcher(disposition);
			assertThat(name.find()).isTrue();
			assertThat(file.fileName()).isEqualTo(name.group(1)).endsWith(".osu");
		}
		else {
			assertThat(file.fileName()).isNull();
		}
	}

	// --- reading the recorded JSON the plain way

	private static @Nullable String text(JsonNode row, String field) {
		JsonNode value = row.get(field);
		assertThat(value).as("field '%s' in %s", field, row).isNotNull();
		return value.isNull() ? null : value.asString();
	}

	/** A field that some endpoints leave out. */
	private static @Nullable String optionalText(JsonNode row, String field) {
		return (row.has(field)) ? text(row, field) : null;
	}

	private static long longOf(JsonNode row, String field) {
		return Long.parseLong(requiredText(row, field));
	}

	private static int intOf(JsonNode row, String field) {
		return Integer.parseInt(requiredText(row, field));
	}

	private static double doubleOf(JsonNode row, String field) {
		return Double.parseDouble(requiredText(row, field));
	}

	private static boolean bool01(JsonNode row, String field) {
		String value = requiredText(row, field);
		assertThat(value).as("field '%s'", field).isIn("0", "1");
		return "1".equals(value);
	}

	private static @Nullable Long nullableLong(JsonNode row, String field) {
		String value = text(row, field);
		return (value != null) ? Long.valueOf(value) : null;
	}

	private static @Nullable Integer nullableInt(JsonNode row, String field) {
		String value = text(row, field);
		return (value != null) ? Integer.valueOf(value) : null;
	}

	private static @Nullable Double nullableDouble(JsonNode row, String field) {
		String value = optionalText(row, field);
		return (value != null) ? Double.valueOf(value) : null;
	}

	/** {@code 2012-02-19 05:51:54} is UTC. */
	private static @Nullable Instant instant(JsonNode row, String field) {
		String value = text(row, field);
		return (value != null) ? LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC) : null;
	}

	private static String requiredText(JsonNode row, String field) {
		String value = text(row, field);
		assertThat(value).as("field '%s' in %s", field, row).isNotNull();
		return value;
	}

	private static List<String> packs(@Nullable String packs) {
		return (packs != null) ? List.of(packs.split(",")) : List.of();
	}

	private static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			return fail("no MD5", ex);
		}
	}

	/** What a recording answers. */
	private enum Kind {

		BEATMAPS(false), USER(false), BEATMAP_SCORES(true), USER_BESTS(true), USER_RECENTS(true), MATCH(false),
		REPLAY(false), BEATMAP_FILE(false);

		private final boolean scores;

		Kind(boolean scores) {
			this.scores = scores;
		}

	}

	/**
	 * How to ask for a recording: the path to serve it at, the parameters the client must send, the call, and what
	 * the call knows that the rows do not (the mode, the beatmap of get_scores).
	 */
	private record Plan(Kind kind, String path, Map<String, String> query,
			Function<OsuV1Client, Publisher<?>> call, @Nullable Gamemode mode, @Nullable Long beatmapId) {

	}

	private record Decoded(Plan plan, List<Object> values) {

	}

}
