package dev.osuv1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.beatmap.OsuFile;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Replay;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.replay.ReplayFrame;
import dev.osuv1.replay.ReplayFrames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real recorded responses from {@code ../shared/fixtures}, served as the API sent them and read through the client:
 * replays decode into frames with their seed, {@code .osu} files read with the counts get_beatmaps reports and match
 * its {@code file_md5}. Skipped when the fixtures folder is absent.
 */
class RecordedReplaysAndBeatmapFilesTests {

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
	void theRecordedReplayDecodesIntoItsFramesAndSeed() {
		// the reference: 7334 entries, 0|256|-500|0, 14607|256|-500|0, -14585|361.603|189.5999|0 ... -12345|0|0|56072
		ReplayFrames frames = ReplayFrames.decode(replay("aiosu/get_replay_200.json"));
		assertThat(frames.frames()).hasSize(7333);
		assertThat(frames.seed()).isEqualTo(56072);
		assertThat(frames.frames().subList(0, 3)).containsExactly(new ReplayFrame(0, 0, 256, -500, 0),
				new ReplayFrame(14607, 14607, 256, -500, 0), new ReplayFrame(-14585, 22, 361.603f, 189.5999f, 0));
		assertThat(frames.frames().get(7332)).isEqualTo(new ReplayFrame(25, 163653, 216.9869f, 254.2404f, 0));
		assertThat(frames.endTime()).isEqualTo(163653);
		assertThat(frames.frames()).extracting(ReplayFrame::keyBits).containsOnly(0, 2, 5, 10, 11, 15);
	}

	@Test
	void everyRecordedReplayInTheHistoryDecodes() throws IOException {
		int[][] expected = { { 10805, 144277, 1683260 }, { 7333, 163653, 56072 } };
		List<String> files = List.of("aiosu/history/a3cd36b_2022-12-02/replay.json",
				"aiosu/history/03d52a5_2023-08-28/get_replay_200.json");
		for (int i = 0; i < files.size(); i++) {
			ReplayFrames frames = ReplayFrames.decode(replay(files.get(i)));
			assertThat(frames.frames()).as(files.get(i)).hasSize(expected[i][0]);
			assertThat(frames.endTime()).as(files.get(i)).isEqualTo(expected[i][1]);
			assertThat(frames.seed()).as(files.get(i)).isEqualTo(expected[i][2]);
			assertThat(frames.frames().get(0)).isEqualTo(new ReplayFrame(0, 0, 256, -500, 0));
		}
		int found = 0;
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(RecordedFixtures.root().resolve("aiosu/history"))) {
			for (Path dir : dirs) {
				for (String name : new String[] { "replay.json", "get_replay_200.json" }) {
					if (Files.exists(dir.resolve(name))) {
						found++;
						assertThat(files).contains("aiosu/history/" + dir.getFileName() + "/" + name);
					}
				}
			}
		}
		assertThat(found).as("every replay in the history is checked above").isEqualTo(files.size());
	}

	@Test
	void replayNotAvailableIsEmpty() {
		serve("/api/get_replay", RecordedFixtures.bytes("aiosu/get_replay_404.json"), "application/json");
		assertThat(this.client.getReplay(ReplayQuery.of(2906626, UserRef.name("peppy"))).blockOptional()).isEmpty();
	}

	@Test
	void theRecordedBeatmapFileHasTheCountsAndMd5OfItsGetBeatmapsRow() throws IOException {
		byte[] osu = RecordedFixtures.bytes("Tillerinobot/__files/osu_131891-44f59895-a743-4f60-8377-4d4c1e70b24f.txt");
		server.stubFor(get(urlPathEqualTo("/osu/131891")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain;charset=UTF-8")
			.withHeader("Content-Disposition",
					"attachment; filename=\"The Quick Brown Fox - The Big Black (Blue Dragon) "
							+ "[WHO'S AFRAID OF THE BIG BLACK].osu\"")
			.withBody(osu)));
		JsonNode mapping = JsonMapper.builder().build().readTree(RecordedFixtures.bytes(
				"Tillerinobot/mappings/api_get_beatmaps-98eff825-2afc-4e4f-87cd-0a5cb6f0bd83.json"));
		serve("/api/get_beatmaps", mapping.path("response").path("body").stringValue().getBytes(StandardCharsets.UTF_8),
				"application/json");
		BeatmapFile file = this.client.getBeatmapOsu(131891).block();
		Beatmap beatmap = this.client.getBeatmaps(BeatmapQuery.byBeatmapId(131891)).blockFirst();
		assertThat(file.md5()).isEqualTo("2d687e5ee79f3862ad0c60651471cdcc").isEqualTo(beatmap.fileMd5());
		assertThat(file.matches(beatmap)).isTrue();
		OsuFile parsed = OsuFile.read(file);
		assertThat(parsed.formatVersion()).isEqualTo(9);
		assertThat(parsed.circles()).isEqualTo(beatmap.countNormal()).isEqualTo(410);
		assertThat(parsed.sliders()).isEqualTo(beatmap.countSlider()).isEqualTo(334);
		assertThat(parsed.spinners()).isEqualTo(beatmap.countSpinner()).isEqualTo(2);
		assertThat(parsed.holds()).isZero();
		assertThat(parsed.timingPoints()).isEqualTo(5);
		assertThat(parsed.title()).isEqualTo(beatmap.title()).isEqualTo("The Big Black");
		assertThat(parsed.artist()).isEqualTo(beatmap.artist());
		assertThat(parsed.creator()).isEqualTo(beatmap.creator());
		assertThat(parsed.version()).isEqualTo(beatmap.version());
		assertThat(parsed.mode()).isEqualTo(beatmap.mode()).isEqualTo(Gamemode.OSU);
		assertThat(parsed.circleSize()).isEqualTo(beatmap.diffSize()).isEqualTo(4);
		assertThat(parsed.overallDifficulty()).isEqualTo(beatmap.diffOverall()).isEqualTo(7);
		assertThat(parsed.approachRate()).isEqualTo(beatmap.diffApproach()).isEqualTo(10);
		assertThat(parsed.hpDrainRate()).isEqualTo(beatmap.diffDrain()).isEqualTo(5);
		assertThat(parsed.sliderMultiplier()).isEqualTo(1.8);
		assertThat(parsed.sliderTickRate()).isEqualTo(2);
		assertThat(parsed.audioFilename()).isEqualTo("02 The Big Black.mp3");
		assertThat(parsed.tags()).isEqualToIgnoringCase(beatmap.tags());
		assertThat(parsed.titleUnicode()).as("v9 files have no unicode fields").isNull();
		assertThat(parsed.beatmapId()).as("nor ids").isNull();
	}

	@Test
	void everyRecordedBeatmapFileReads() {
		String dir = "Tillerinobot/__files/";
		OsuFile freedomDive = OsuFile.parse(text(dir + "osu_129891-f97342a0-5ce9-4ed6-939f-540a43f566ff.txt"));
		assertThat(freedomDive.formatVersion()).isEqualTo(9);
		assertThat(freedomDive.version()).isEqualTo("FOUR DIMENSIONS");
		assertThat(new int[] { freedomDive.circles(), freedomDive.sliders(), freedomDive.spinners() })
			.containsExactly(1646, 335, 2);
		OsuFile bestFriends = OsuFile.parse(text(dir + "osu_328472-2411c8c5-d400-4f2f-aa98-290eba7343b3.txt"));
		assertThat(bestFriends.formatVersion()).isEqualTo(13);
		assertThat(bestFriends.artistUnicode()).isEqualTo("藤女生徒会執行部");
		assertThat(bestFriends.beatmapId()).isEqualTo(328472L);
		assertThat(bestFriends.beatmapsetId()).isEqualTo(130104L);
		assertThat(new int[] { bestFriends.circles(), bestFriends.sliders(), bestFriends.spinners() })
			.containsExactly(229, 83, 1);
		OsuFile collab = OsuFile.parse(text(dir + "osu_5047712-4dabaf00-7d22-45ef-b602-7c59f84f2bcd.txt"));
		assertThat(collab.formatVersion()).isEqualTo(14);
		assertThat(collab.circleSize()).isEqualTo(3.6);
		assertThat(collab.approachRate()).isEqualTo(9.8);
		assertThat(collab.timingPoints()).isEqualTo(89);
		assertThat(collab.hitObjects()).isEqualTo(1121 + 860 + 4);
		OsuFile flashlight = OsuFile.parse(text(dir + "osu_663567-8588497a-2e91-448a-99b3-7ccdda87913e.txt"));
		assertThat(flashlight.sliderMultiplier()).isEqualTo(0.6);
		assertThat(new int[] { flashlight.circles(), flashlight.sliders(), flashlight.spinners() })
			.containsExactly(34, 132, 2);
	}

	@Test
	void theAiosuBeatmapFileReadsThoughItsLineEndingsWereNormalised() {
		OsuFile file = OsuFile.parse(text("aiosu/get_beatmap_osu_200.osu"));
		assertThat(file.formatVersion()).isEqualTo(14);
		assertThat(file.audioFilename()).isEqualTo("audio.mp3");
		assertThat(file.title()).isEqualTo("Like That (feat. Gucci Mane)");
		assertThat(file.artist()).isEqualTo("Doja Cat");
		assertThat(file.creator()).isEqualTo("Ducky-");
		assertThat(file.version()).isEqualTo("Nanachi's Extra");
		assertThat(file.source()).isEmpty();
		assertThat(file.beatmapId()).isEqualTo(2906626L);
		assertThat(file.beatmapsetId()).isEqualTo(1354218L);
		assertThat(file.overallDifficulty()).isEqualTo(8.8);
		assertThat(file.approachRate()).isEqualTo(9.2);
		assertThat(file.sliderMultiplier()).isEqualTo(2.6);
		assertThat(file.timingPoints()).isEqualTo(126);
		assertThat(new int[] { file.circles(), file.sliders(), file.spinners(), file.holds() })
			.containsExactly(241, 161, 1, 0);
	}

	private Replay replay(String fixture) {
		server.resetAll();
		serve("/api/get_replay", RecordedFixtures.bytes(fixture), "application/json; charset=UTF-8");
		return this.client.getReplay(ReplayQuery.of(2906626, UserRef.id(4819811))).block();
	}

	private static String text(String fixture) {
		return new String(RecordedFixtures.bytes(fixture), StandardCharsets.UTF_8);
	}

	private static void serve(String path, byte[] body, String contentType) {
		server.stubFor(get(urlPathEqualTo(path))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body)));
	}

}
