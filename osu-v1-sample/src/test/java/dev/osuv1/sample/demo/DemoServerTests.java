package dev.osuv1.sample.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.osuv1.OsuV1BlockingClient;
import dev.osuv1.OsuV1Client;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Match;
import dev.osuv1.model.Score;
import dev.osuv1.model.User;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserScoresQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DemoServer}, read through the real client: its made-up data decodes as the API's would.
 */
class DemoServerTests {

	private DemoServer server;

	private OsuV1Client client;

	private OsuV1BlockingClient osu;

	@BeforeEach
	void start() {
		this.server = DemoServer.start(Instant.now());
		this.client = OsuV1Client.builder().token("test").baseUrl(this.server.baseUrl()).build();
		this.osu = this.client.blocking();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	@Test
	void listensOnTheLoopbackAddress() {
		assertThat(this.server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
	}

	@Test
	void usersDecode() {
		User peppy = this.osu.getUser(UserQuery.of(2)).orElseThrow();
		assertThat(peppy.username()).isEqualTo("peppy");
		assertThat(peppy.rankedScore()).isEqualTo(543_210_987L);
		assertThat(this.osu.getUser(UserQuery.of(2).withMode(Gamemode.MANIA)).orElseThrow().hasStatistics()).isFalse();
		assertThat(this.osu.getUser("2").orElseThrow().userId()).isEqualTo(31337);
	}

	@Test
	void everyPassedPlayHasTheGradeItsHitsEarn() {
		List<Score> scores = new ArrayList<>();
		for (long beatmapId : List.of(10001L, 10002L)) {
			scores.addAll(this.osu.getBeatmapScores(BeatmapScoresQuery.of(beatmapId)));
		}
		scores.addAll(this.osu.getBeatmapScores(BeatmapScoresQuery.of(10003).withMode(Gamemode.TAIKO)));
		scores.addAll(this.osu.getUserRecents(UserScoresQuery.of(2).withLimit(50)));
		assertThat(scores).hasSizeGreaterThanOrEqualTo(8);
		assertThat(scores).filteredOn((score) -> score.rank() != Grade.F)
			.allSatisfy((score) -> assertThat(score.computedRank()).as(score.toString()).isEqualTo(score.rank()));
	}

	@Test
	void beatmapsDecodeWithTheMd5OfTheirFile() {
		List<Beatmap> set = this.osu.getBeatmaps(BeatmapQuery.byBeatmapsetId(1001));
		assertThat(set).extracting(Beatmap::version).containsExactly("Easy", "Insane");
		BeatmapFile file = this.osu.getBeatmapOsu(10001).orElseThrow();
		assertThat(file.md5()).isEqualTo(set.get(0).fileMd5());
		assertThat(file.fileName()).isEqualTo("Made-up Artist - Demo Song (peppy) [Easy].osu");
		assertThat(this.osu.getBeatmapOsu(10002)).isEmpty();
	}

	@Test
	void theMatchDecodesWithItsAbortedGame() {
		Match match = this.osu.getMatch(DemoData.MATCH_ID).orElseThrow();
		assertThat(match.games()).hasSize(3);
		assertThat(match.games().get(1).aborted()).isTrue();
		assertThat(match.games().get(2).scores().get(0).effectiveMods().toString()).isEqualTo("HD");
		assertThat(this.osu.getMatch(1)).isEmpty();
	}

}
