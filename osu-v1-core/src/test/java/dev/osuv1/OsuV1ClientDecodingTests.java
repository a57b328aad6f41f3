package dev.osuv1;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Genre;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Language;
import dev.osuv1.model.Match;
import dev.osuv1.model.MatchGame;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.model.RankStatus;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import dev.osuv1.model.ScoringType;
import dev.osuv1.model.Team;
import dev.osuv1.model.TeamType;
import dev.osuv1.model.User;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserScoresQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responses this project wrote for itself decode into typed, null-safe models: string numbers, {@code "0"/"1"}
 * booleans, zone-less UTC dates with unpadded hours, nulls kept null, unknown fields ignored and unknown enum ids
 * read as {@code UNKNOWN}.
 */
class OsuV1ClientDecodingTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private OsuV1Client client;

	@BeforeEach
	void createClient() {
		this.client = OsuV1Client.builder().token("key").baseUrl(server.baseUrl()).build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void userFieldsAreTyped() {
		serve("/api/get_user", TestResponses.text("user.json"));
		User user = this.client.getUser(UserQuery.of(4242).withEventDays(5)).block();
		assertThat(user.userId()).isEqualTo(4242L);
		assertThat(user.username()).isEqualTo("Test Player");
		assertThat(user.joinDate()).isEqualTo(Instant.parse("2015-03-04T05:06:07Z"));
		assertThat(user.rankedScore()).isEqualTo(6_011_554_859L);
		assertThat(user.totalScore()).isEqualTo(40_451_460_842L);
		assertThat(user.level()).isEqualTo(100.133);
		assertThat(user.accuracy()).isEqualTo(98.7654321);
		assertThat(user.countRankSsh()).isEqualTo(2);
		assertThat(user.totalSecondsPlayed()).isEqualTo(360_000L);
		assertThat(user.ppCountryRank()).isEqualTo(12);
		assertThat(user.hasStatistics()).isTrue();
		assertThat(user.events()).singleElement().satisfies((event) -> {
			assertThat(event.displayHtml()).contains("<a href='/b/123?m=0'>");
			assertThat(event.beatmapId()).isEqualTo(123L);
			assertThat(event.beatmapsetId()).isEqualTo(45L);
			assertThat(event.date()).as("unpadded hour").isEqualTo(Instant.parse("2026-11-28T09:05:01Z"));
			assertThat(event.epicfactor()).isEqualTo(1);
		});
	}

	@Test
	void statisticsOfAModeNeverPlayedStayNull() {
		serve("/api/get_user", TestResponses.text("user_null_statistics.json"));
		User user = this.client.getUser(31).block();
		assertThat(user.username()).isEqualTo("never played");
		assertThat(user.country()).isEqualTo("DE");
		assertThat(user.hasStatistics()).isFalse();
		assertThat(user.count300()).isNull();
		assertThat(user.playcount()).isNull();
		assertThat(user.rankedScore()).isNull();
		assertThat(user.ppRank()).isNull();
		assertThat(user.level()).isNull();
		assertThat(user.ppRaw()).isNull();
		assertThat(user.accuracy()).isNull();
		assertThat(user.countRankA()).isNull();
		assertThat(user.totalSecondsPlayed()).isNull();
		assertThat(user.ppCountryRank()).isNull();
		assertThat(user.events()).isEmpty();
	}

	@Test
	void notFoundUsersAreEmpty() {
		serve("/api/get_user", "[]");
		assertThat(this.client.getUser("nobody").blockOptional()).isEmpty();
		serve("/api/get_user", "null");
		assertThat(this.client.blocking().getUser("nobody")).isEmpty();
	}

	@Test
	void beatmapFieldsAreTypedWithUnknownIdsAndFields() {
		serve("/api/get_beatmaps", TestResponses.text("beatmaps.json"));
		List<Beatmap> beatmaps = this.client.blocking().getBeatmaps(BeatmapQuery.byBeatmapsetId(41823));
		assertThat(beatmaps).hasSize(2);
		Beatmap ranked = beatmaps.get(0);
		assertThat(ranked.beatmapsetId()).isEqualTo(41823L);
		assertThat(ranked.approved()).isEqualTo(RankStatus.APPROVED);
		assertThat(ranked.diffApproach()).isEqualTo(10.0);
		assertThat(ranked.mode()).isEqualTo(Gamemode.OSU);
		assertThat(ranked.approvedDate()).isEqualTo(Instant.parse("2012-02-19T05:51:54Z"));
		assertThat(ranked.artistUnicode()).isNull();
		assertThat(ranked.genre()).isEqualTo(Genre.ELECTRONIC);
		assertThat(ranked.language()).isEqualTo(Language.ENGLISH);
		assertThat(ranked.storyboard()).isTrue();
		assertThat(ranked.video()).isFalse();
		assertThat(ranked.playcount()).isEqualTo(38_705_847L);
		assertThat(ranked.packs()).containsExactly("P266", "R129", "R56");
		assertThat(ranked.maxCombo()).isEqualTo(1337);
		assertThat(ranked.diffAim()).isEqualTo(3.56781);
		assertThat(ranked.difficultyRating()).isEqualTo(6.86091);
		Beatmap unranked = beatmaps.get(1);
		assertThat(unranked.approved()).isEqualTo(RankStatus.WIP);
		assertThat(unranked.mode()).isEqualTo(Gamemode.MANIA);
		assertThat(unranked.version()).isEmpty();
		assertThat(unranked.approvedDate()).isNull();
		assertThat(unranked.titleUnicode()).isEqualTo("\u3066");
		assertThat(unranked.genre()).isEqualTo(Genre.UNKNOWN);
		assertThat(unranked.language()).isEqualTo(Language.UNKNOWN);
		assertThat(unranked.packs()).isEmpty();
		assertThat(unranked.maxCombo()).isNull();
		assertThat(unranked.diffAim()).isNull();
		assertThat(unranked.diffSpeed()).isNull();
		assertThat(unranked.downloadUnavailable()).isTrue();
		assertThat(unranked.bpm()).isEqualTo(10000.0);
	}

	@Test
	void beatmapScoresTakeBeatmapIdAndModeFromTheRequest() {
		serve("/api/get_scores", TestResponses.text("scores.json"));
		List<Score> scores = this.client
			.getBeatmapScores(dev.osuv1.query.BeatmapScoresQuery.of(2906626).withMode(Gamemode.TAIKO))
			.collectList()
			.block();
		assertThat(scores).extracting(Score::beatmapId).containsOnly(2906626L);
		assertThat(scores).extracting(Score::mode).containsOnly(Gamemode.TAIKO);
		Score first = scores.get(0);
		assertThat(first.scoreId()).isEqualTo(4_991_240_606L);
		assertThat(first.username()).isEqualTo("Player One");
		assertThat(first.mods()).isEqualTo(Mods.of(Mod.NC)).hasToString("NC");
		assertThat(first.mods().contains(Mod.DT)).isTrue();
		assertThat(first.perfect()).isTrue();
		assertThat(first.rank()).isEqualTo(Grade.SH);
		assertThat(first.pp()).isEqualTo(428.223);
		assertThat(first.replayAvailable()).isTrue();
		Score second = scores.get(1);
		assertThat(second.mods().toSet()).containsExactlyInAnyOrder(Mod.SD, Mod.PF);
		assertThat(second.date()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
		assertThat(second.rank()).isEqualTo(Grade.UNKNOWN);
		assertThat(second.pp()).isNull();
		assertThat(second.replayAvailable()).isFalse();
	}

	@Test
	void recentScoresKeepTheirNullScoreIdAndTheirOwnBeatmapId() {
		serve("/api/get_user_recent", TestResponses.text("recents.json"));
		Score recent = this.client.getUserRecents(UserScoresQuery.of(11367222).withMode(Gamemode.FRUITS))
			.blockFirst();
		assertThat(recent.scoreId()).isNull();
		assertThat(recent.beatmapId()).isEqualTo(2_360_394L);
		assertThat(recent.mode()).isEqualTo(Gamemode.FRUITS);
		assertThat(recent.rank()).isEqualTo(Grade.F);
		assertThat(recent.pp()).isNull();
		assertThat(recent.replayAvailable()).isNull();
		assertThat(recent.username()).isNull();
		assertThat(recent.mods()).hasToString("HDDT");
	}

	@Test
	void matchGamesAndScoresAreTypedWithEffectiveMods() {
		serve("/api/get_match", TestResponses.text("match.json"));
		Match match = this.client.getMatch(105019274).block();
		assertThat(match.matchId()).isEqualTo(105_019_274L);
		assertThat(match.name()).isEqualTo("OWC: (A) vs (B)");
		assertThat(match.endTime()).isNull();
		assertThat(match.games()).hasSize(2);
		MatchGame played = match.games().get(0);
		assertThat(played.scoringType()).isEqualTo(ScoringType.SCORE_V2);
		assertThat(played.teamType()).isEqualTo(TeamType.TEAM_VS);
		assertThat(played.mods()).isEqualTo(Mods.of(Mod.DT));
		assertThat(played.aborted()).isFalse();
		assertThat(played.scores().get(0).team()).isEqualTo(Team.BLUE);
		assertThat(played.scores().get(0).enabledMods()).isEqualTo(Mods.of(Mod.HD));
		assertThat(played.scores().get(0).effectiveMods()).hasToString("HDDT");
		assertThat(played.scores().get(0).pass()).isTrue();
		assertThat(played.scores().get(1).enabledMods()).isNull();
		assertThat(played.scores().get(1).effectiveMods()).hasToString("DT");
		assertThat(played.scores().get(1).pass()).isFalse();
		MatchGame aborted = match.games().get(1);
		assertThat(aborted.aborted()).isTrue();
		assertThat(aborted.scores()).isEmpty();
		assertThat(aborted.playMode()).isEqualTo(Gamemode.UNKNOWN);
		assertThat(aborted.scoringType()).isEqualTo(ScoringType.UNKNOWN);
		assertThat(aborted.teamType()).isEqualTo(TeamType.UNKNOWN);
	}

	@Test
	void anUnknownOrPrivateMatchIsEmpty() {
		serve("/api/get_match", "{\"match\":0,\"games\":[]}");
		assertThat(this.client.blocking().getMatch(1)).isEmpty();
	}

	@Test
	void replayContentIsBase64Decoded() {
		serve("/api/get_replay", TestResponses.text("replay.json"));
		Replay replay = this.client.getReplay(ReplayQuery.ofScore(1)).block();
		assertThat(replay.data()).startsWith(0x5D, 0x00, 0x00, 0x20, 0x00);
		assertThat(replay.size()).isEqualTo(29);
		assertThat(replay).hasToString("Replay[29 bytes]");
	}

	@Test
	void beatmapFilesKeepTheirExactBytes() throws Exception {
		byte[] bytes = TestResponses.bytes("beatmap.osu");
		server.stubFor(get(urlPathEqualTo("/osu/42")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain;charset=UTF-8")
			.withHeader("Content-Disposition", "attachment; filename=\"Made Up - Invented (someone) [Extra].osu\"")
			.withBody(bytes)));
		BeatmapFile file = this.client.getBeatmapOsu(42).block();
		assertThat(file.beatmapId()).isEqualTo(42L);
		assertThat(file.content()).isEqualTo(bytes);
		assertThat(file.text()).startsWith("osu file format v14\r\n");
		assertThat(file.md5()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
		assertThat(file.fileName()).isEqualTo("Made Up - Invented (someone) [Extra].osu");
	}

	@Test
	void largeBodiesDecodeWithoutWebClientsBufferLimit() {
		byte[] frames = new byte[3 * 1024 * 1024];
		new Random(7).nextBytes(frames);
		serve("/api/get_replay", "{\"content\":\"" + Base64.getEncoder().encodeToString(frames)
				+ "\",\"encoding\":\"base64\"}");
		assertThat(this.client.getReplay(ReplayQuery.ofScore(1)).block().data()).isEqualTo(frames);
		String row = TestResponses.text("beatmaps.json");
		row = row.substring(1, row.indexOf("},") + 1);
		StringBuilder rows = new StringBuilder("[");
		for (int i = 0; i < 3000; i++) {
			rows.append((i > 0) ? "," : "").append(row);
		}
		serve("/api/get_beatmaps", rows.append(']').toString());
		assertThat(rows.length()).isGreaterThan(2 * 1024 * 1024);
		assertThat(this.client.getBeatmaps(BeatmapQuery.byBeatmapId(1)).count().block()).isEqualTo(3000L);
	}

	@Test
	void anApplicationsStrictJacksonSettingsDoNotChangeParsing() {
		JsonMapper strict = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
			.build();
		WebClient.Builder applicationBuilder = WebClient.builder()
			.codecs((codecs) -> codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(strict)));
		OsuV1Client strictApp = this.client.mutate().webClientBuilder(applicationBuilder).build();
		try {
			serve("/api/get_beatmaps", TestResponses.text("beatmaps.json"));
			assertThat(strictApp.getBeatmaps(BeatmapQuery.byBeatmapId(901)).collectList().block()).hasSize(2);
		}
		finally {
			strictApp.close();
		}
	}

	@Test
	void theApplicationsWebClientBuilderIsClonedNotChanged() {
		WebClient.Builder applicationBuilder = WebClient.builder().defaultHeader("X-App", "bot");
		OsuV1Client withBuilder = this.client.mutate().webClientBuilder(applicationBuilder).build();
		try {
			serve("/api/get_user", "[]");
			withBuilder.getUser(2).block();
			assertThat(server.getAllServeEvents().get(0).getRequest().getHeader("X-App")).isEqualTo("bot");
			WebClient plain = applicationBuilder.build();
			assertThat(plain.get().uri(server.baseUrl() + "/api/get_user?u=1")
				.retrieve()
				.bodyToMono(String.class)
				.block()).isEqualTo("[]");
			assertThat(server.getAllServeEvents().get(0).getRequest().getUrl()).doesNotContain("k=");
		}
		finally {
			withBuilder.close();
		}
	}

	private static void serve(String path, String body) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body).withHeader("Content-Type",
				"application/json; charset=" + StandardCharsets.UTF_8.name())));
	}

}
