package dev.osuv1.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import dev.osuv1.replay.OsrFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMAInputStream;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every command run in this JVM with no token configured, so against the embedded demo osu! server: its text and
 * {@code --json} output and its exit status.
 */
class DemoServerCommandsTests {

	@TempDir
	Path temp;

	@BeforeAll
	static void noTokenInTheEnvironment() {
		assumeTrue(System.getenv("OSU_V1_TOKEN") == null, "OSU_V1_TOKEN is set: the demo server would not start");
	}

	@Test
	void userPrintsAProfile() {
		SampleRun run = SampleRun.of("user", "peppy");
		assertThat(run.status()).isZero();
		assertThat(run.usedDemoServer()).isTrue();
		assertThat(run.errLines()).hasSize(1);
		assertThat(run.out()).contains("peppy (id 2, AU) in osu mode", "pp             1,234.56 (#654,321",
				"ranked score   543,210,987", "achieved rank #2 on Made-up Artist - Demo Song [Insane]");
	}

	@Test
	void aBaseUrlWithoutATokenIsIgnoredAndSaidSo() {
		SampleRun run = SampleRun.of("user", "peppy", "--json", "--osu.v1.base-url=http://127.0.0.1:1");
		assertThat(run.status()).isZero();
		assertThat(run.json().get("userId").asLong()).isEqualTo(2);
		assertThat(run.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).contains("embedded demo osu! server at http://127.0.0.1:",
					"osu.v1.base-url is ignored without a token"));
	}

	@Test
	void userJsonIsOneObjectWithJavaNamesIsoDatesAndNulls() {
		SampleRun run = SampleRun.of("user", "peppy", "--json");
		assertThat(run.status()).isZero();
		JsonNode peppy = run.json();
		assertThat(peppy.get("userId").asLong()).isEqualTo(2);
		assertThat(peppy.get("username").asString()).isEqualTo("peppy");
		assertThat(peppy.get("joinDate").asString()).isEqualTo("2007-08-28T03:09:12Z");
		assertThat(peppy.get("rankedScore").isNumber()).isTrue();
		assertThat(peppy.get("ppRaw").asDouble()).isEqualTo(1234.56);
		assertThat(peppy.get("events").get(0).get("date").asString()).endsWith("Z");
		assertThat(peppy.has("user_id")).isFalse();
	}

	@Test
	void userWithoutStatisticsInAModeKeepsThemNull() {
		SampleRun text = SampleRun.of("user", "peppy", "--mode=fruits");
		assertThat(text.out()).contains("no statistics: peppy never played fruits mode");
		JsonNode json = SampleRun.of("user", "id:2", "--mode=2", "--json").json();
		assertThat(json.get("playcount").isNull()).isTrue();
		assertThat(json.get("ppRaw").isNull()).isTrue();
		assertThat(json.get("country").asString()).isEqualTo("AU");
	}

	@Test
	void userEventDaysWidenTheEvents() {
		assertThat(SampleRun.of("user", "peppy", "--json").json().get("events").size()).isEqualTo(1);
		assertThat(SampleRun.of("user", "peppy", "--event-days=31", "--json").json().get("events").size())
			.isEqualTo(2);
	}

	@Test
	void severalUsersGiveAnArrayWithNullForThoseNotFound() {
		SampleRun run = SampleRun.of("user", "peppy", "id:4242", "2", "nobody", "--json");
		assertThat(run.status()).isZero();
		JsonNode users = run.json();
		assertThat(users.isArray()).isTrue();
		assertThat(users.size()).isEqualTo(4);
		assertThat(users.get(0).get("userId").asLong()).isEqualTo(2);
		assertThat(users.get(1).get("username").asString()).isEqualTo("Demo Player");
		assertThat(users.get(2).get("userId").asLong()).isEqualTo(31337);
		assertThat(users.get(3).isNull()).isTrue();
		SampleRun text = SampleRun.of("user", "peppy", "nobody");
		assertThat(text.out()).contains("peppy (id 2, AU)", "User nobody not found.");
	}

	@Test
	void userNotFoundIsNullWithStatusZero() {
		SampleRun run = SampleRun.of("user", "nobody", "--json");
		assertThat(run.status()).isZero();
		assertThat(run.out().strip()).isEqualTo("null");
		assertThat(SampleRun.of("user", "nobody").out()).isEqualTo("User nobody not found.\n");
	}

	@Test
	void bestPrintsATableByPp() {
		SampleRun run = SampleRun.of("best", "peppy");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Best scores of peppy (osu):");
		assertThat(run.out().lines().skip(3).findFirst().orElseThrow()).contains("900001", "3,456,789", "95.23%",
				"515/30/4/3", "HDDT", " A ", "123.46", "yes");
		assertThat(run.out()).contains("204 FC");
	}

	@Test
	void bestJsonIsAnArrayOfScores() {
		JsonNode scores = SampleRun.of("best", "id:2", "--limit=1", "--json").json();
		assertThat(scores.size()).isEqualTo(1);
		JsonNode best = scores.get(0);
		assertThat(best.get("scoreId").asLong()).isEqualTo(900001);
		assertThat(best.get("beatmapId").asLong()).isEqualTo(10002);
		assertThat(best.get("mods").asInt()).isEqualTo(72);
		assertThat(best.get("rank").asString()).isEqualTo("A");
		assertThat(best.get("mode").asString()).isEqualTo("OSU");
		assertThat(best.get("username").isNull()).isTrue();
		assertThat(best.get("replayAvailable").asBoolean()).isTrue();
	}

	@Test
	void bestInAModeWithoutScoresSaysSo() {
		SampleRun run = SampleRun.of("best", "Demo Player", "--mode=mania");
		assertThat(run.status()).isZero();
		assertThat(run.out()).isEqualTo("No best scores of Demo Player in mania mode.\n");
		JsonNode none = SampleRun.of("best", "Demo Player", "--mode=mania", "--json").json();
		assertThat(none.isArray()).isTrue();
		assertThat(none.size()).isZero();
	}

	@Test
	void recentShowsFailedPlaysAndScoreIdsOnlyForBests() {
		SampleRun run = SampleRun.of("recent", "peppy");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Recent plays of peppy (osu):").contains(" F ", "900001");
		JsonNode plays = SampleRun.of("recent", "peppy", "--json").json();
		assertThat(plays.size()).isEqualTo(3);
		assertThat(plays.get(0).get("rank").asString()).isEqualTo("F");
		assertThat(plays.get(0).get("scoreId").isNull()).isTrue();
		assertThat(plays.get(0).get("pp").isNull()).isTrue();
		assertThat(plays.get(2).get("scoreId").asLong()).isEqualTo(900001);
	}

	@Test
	void recentRefusesALimitOver50BeforeStartingAnything() {
		SampleRun run = SampleRun.of("recent", "peppy", "--limit=51");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.usedDemoServer()).isFalse();
		assertThat(run.err()).contains("limit must be between 1 and 50");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void scoresPrintsTheTopScoresWithPlayers() {
		SampleRun run = SampleRun.of("scores", "10002");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Top scores on beatmap 10002 (osu):");
		assertThat(run.out().lines().skip(3).findFirst().orElseThrow()).contains("Demo Player", "900003", "100.00%",
				"XH");
		JsonNode scores = SampleRun.of("scores", "10002", "--json").json();
		assertThat(scores.size()).isEqualTo(3);
		assertThat(scores.get(0).get("username").asString()).isEqualTo("Demo Player");
		assertThat(scores.get(0).get("beatmapId").asLong()).isEqualTo(10002);
		assertThat(scores.get(2).get("username").asString()).isEqualTo("2");
	}

	@Test
	void scoresFiltersByUserModsAndLimit() {
		assertThat(SampleRun.of("scores", "10002", "--user=peppy", "--json").json().get(0).get("userId").asLong())
			.isEqualTo(2);
		JsonNode hidden = SampleRun.of("scores", "10002", "--mods=HD", "--json").json();
		assertThat(hidden.size()).isEqualTo(1);
		assertThat(hidden.get(0).get("mods").asInt()).isEqualTo(8);
		assertThat(SampleRun.of("scores", "10002", "--limit=2", "--json").json().size()).isEqualTo(2);
		assertThat(SampleRun.of("scores", "10003", "--mode=taiko", "--json").json().size()).isEqualTo(1);
		assertThat(SampleRun.of("scores", "10004", "--mode=mania").out())
			.isEqualTo("No scores on beatmap 10004 in mania mode.\n");
	}

	@Test
	void beatmapsPrintsATable() {
		SampleRun run = SampleRun.of("beatmaps", "--beatmapset-id=1001");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("2 beatmaps:").contains("Made-up Artist - Demo Song [Easy]",
				"Made-up Artist - Demo Song [Insane]", "ranked", "5.43");
	}

	@Test
	void beatmapsJsonHasEnumsByNameAndPacksAsAList() {
		JsonNode maps = SampleRun.of("beatmaps", "--beatmap-id=10002", "--json").json();
		assertThat(maps.size()).isEqualTo(1);
		JsonNode insane = maps.get(0);
		assertThat(insane.get("approved").asString()).isEqualTo("RANKED");
		assertThat(insane.get("mode").asString()).isEqualTo("OSU");
		assertThat(insane.get("genre").asString()).isEqualTo("OTHER");
		assertThat(insane.get("packs").get(1).asString()).isEqualTo("R901");
		assertThat(insane.get("titleUnicode").isNull()).isTrue();
		assertThat(insane.get("approvedDate").asString()).isEqualTo("2020-02-02T02:02:02Z");
		JsonNode empty = SampleRun.of("beatmaps", "--user=2", "--json").json().get(0);
		assertThat(empty.get("maxCombo").isNull()).isTrue();
		assertThat(empty.get("approved").asString()).isEqualTo("GRAVEYARD");
	}

	@Test
	void beatmapsWithConvertsAndModsReportTheModeAskedFor() {
		JsonNode convert = SampleRun.of("beatmaps", "--beatmap-id=10001", "--mode=taiko", "--converts", "--mods=DT",
				"--json")
			.json()
			.get(0);
		assertThat(convert.get("mode").asString()).isEqualTo("TAIKO");
		assertThat(convert.get("difficultyRating").asDouble()).isGreaterThan(2.6);
		assertThat(SampleRun.of("beatmaps", "--since=2021-01-01", "--json").json().size()).isEqualTo(1);
		assertThat(SampleRun.of("beatmaps", "--hash=0123456789abcdef0123456789abcdef").out())
			.isEqualTo("No beatmaps found.\n");
	}

	@Test
	void beatmapsAllReturnsTheSameMapsAsOnePageWhenThereAreFewerThan500() {
		JsonNode page = SampleRun.of("beatmaps", "--since=2000-01-01", "--json").json();
		JsonNode all = SampleRun.of("beatmaps", "--since=2000-01-01", "--all", "--json").json();
		assertThat(all.size()).isPositive().isEqualTo(page.size());
		assertThat(SampleRun.of("beatmaps", "--since=2000-01-01", "--all").out()).startsWith(all.size() + " beatmaps:");
	}

	@Test
	void beatmapsWithoutAFilterAreInvalid() {
		SampleRun run = SampleRun.of("beatmaps", "--mode=osu");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("one of beatmap id / set id / since / hash / user is required",
				"osu-v1-sample beatmaps --help");
		assertThat(run.usedDemoServer()).isFalse();
	}

	@Test
	void matchPrintsItsGames() {
		SampleRun run = SampleRun.of("match", "5001");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Match 5001: Demo Cup: (Red Team) vs (Blue Team)")
			.contains("Game 7001 on beatmap 10002: osu, team vs, win by score v2, mods DT", "aborted", "no scores",
					"31337");
	}

	@Test
	void matchJsonHasGamesAndEffectiveMods() {
		JsonNode match = SampleRun.of("match", "5001", "--json").json();
		assertThat(match.get("matchId").asLong()).isEqualTo(5001);
		assertThat(match.get("games").size()).isEqualTo(3);
		JsonNode aborted = match.get("games").get(1);
		assertThat(aborted.get("endTime").isNull()).isTrue();
		assertThat(aborted.get("scores").size()).isZero();
		JsonNode forced = match.get("games").get(0);
		assertThat(forced.get("teamType").asString()).isEqualTo("TEAM_VS");
		assertThat(forced.get("scores").get(0).get("enabledMods").isNull()).isTrue();
		assertThat(forced.get("scores").get(0).get("effectiveMods").asInt()).isEqualTo(64);
		assertThat(match.get("games").get(2).get("scores").get(1).get("effectiveMods").asInt()).isEqualTo(16);
	}

	@Test
	void matchNotFoundIsNull() {
		assertThat(SampleRun.of("match", "1", "--json").out().strip()).isEqualTo("null");
		SampleRun run = SampleRun.of("match", "1");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("Match 1 not found");
	}

	@Test
	void replayDescribesTheData() {
		SampleRun run = SampleRun.of("replay", "--score-id=900001");
		assertThat(run.status()).isZero();
		assertThat(run.out()).matches("Replay of score 900001: [\\d,]+ bytes of LZMA-compressed frames \\([\\d,]+ "
				+ "bytes uncompressed\\)\\.\\n");
	}

	@Test
	void replayJsonHoldsTheLzmaStreamAsBase64() throws IOException {
		SampleRun run = SampleRun.of("replay", "--beatmap-id=10002", "--user=Demo Player", "--json");
		assertThat(run.status()).isZero();
		byte[] data = Base64.getDecoder().decode(run.json().get("data").asString());
		assertThat(frames(data)).startsWith("0|256|-500|0,").contains(",-12345|0|0|");
	}

	@Test
	void replayNotAvailableIsNull() {
		SampleRun run = SampleRun.of("replay", "--score-id=900002", "--json");
		assertThat(run.status()).isZero();
		assertThat(run.out().strip()).isEqualTo("null");
		assertThat(SampleRun.of("replay", "--score-id=900002").out())
			.isEqualTo("No replay available for score 900002 in osu mode.\n");
	}

	@Test
	void replayOsrWritesACompleteReplayFile() throws IOException {
		Path osr = this.temp.resolve("peppy.osr");
		SampleRun run = SampleRun.of("replay", "--beatmap-id=10002", "--user=peppy", "--osr=" + osr);
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Wrote " + osr.toAbsolutePath())
			.contains("peppy's score 900001 on beatmap 10002 (osu, HDDT, 3,456,789)");
		OsrFile file = OsrFile.read(Files.readAllBytes(osr));
		JsonNode beatmap = SampleRun.of("beatmaps", "--beatmap-id=10002", "--json").json().get(0);
		assertThat(file.mode()).isEqualTo(dev.osuv1.model.Gamemode.OSU);
		assertThat(file.version()).isEqualTo(20151228);
		assertThat(file.beatmapMd5()).isEqualTo(beatmap.get("fileMd5").asString());
		assertThat(file.playerName()).isEqualTo("peppy");
		assertThat(file.count300()).isEqualTo(515);
		assertThat(file.countMiss()).isEqualTo(3);
		assertThat(file.score()).isEqualTo(3_456_789);
		assertThat(file.mods().bits()).isEqualTo(72);
		assertThat(file.onlineScoreId()).isEqualTo(900001L);
		assertThat(file.toBytes()).isEqualTo(Files.readAllBytes(osr));
		byte[] replay = Base64.getDecoder()
			.decode(SampleRun.of("replay", "--score-id=900001", "--json").json().get("data").asString());
		assertThat(file.replay().data()).isEqualTo(replay);
	}

	@Test
	void replayOsrJsonDescribesTheFile() throws IOException {
		Path osr = this.temp.resolve("demo.osr");
		SampleRun run = SampleRun.of("replay", "--beatmap-id=10002", "--user=id:4242", "--score-id=900003",
				"--osr=" + osr, "--json");
		assertThat(run.status()).isZero();
		JsonNode saved = run.json();
		assertThat(saved.get("path").asString()).isEqualTo(osr.toAbsolutePath().toString());
		assertThat(saved.get("size").asLong()).isEqualTo(Files.size(osr));
		assertThat(OsrFile.read(Files.readAllBytes(osr)).playerName()).isEqualTo("Demo Player");
	}

	@Test
	void replayOsrNeedsTheBeatmapAndTheUser() {
		SampleRun run = SampleRun.of("replay", "--score-id=900001", "--osr=" + this.temp.resolve("x.osr"));
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("--osr needs --beatmap-id and --user");
		assertThat(run.usedDemoServer()).isFalse();
		assertThat(this.temp.resolve("x.osr")).doesNotExist();
	}

	@Test
	void osuFilePrintsTheTextWithItsCrlfLines() {
		SampleRun run = SampleRun.of("osu-file", "10001");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("osu file format v14\r\n\r\n[General]\r\n").contains("Creator:peppy\r\n");
	}

	@Test
	void osuFileOutWritesTheExactBytes() throws IOException {
		Path file = this.temp.resolve("easy.osu");
		SampleRun run = SampleRun.of("osu-file", "10001", "--out=" + file);
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("Wrote " + file.toAbsolutePath());
		byte[] bytes = Files.readAllBytes(file);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(SampleRun.of("osu-file", "10001").out());
		String md5 = SampleRun.of("beatmaps", "--beatmap-id=10001", "--json").json().get(0).get("fileMd5").asString();
		JsonNode saved = SampleRun.of("osu-file", "10001", "--out=" + file, "--json").json();
		assertThat(saved.get("md5").asString()).isEqualTo(md5);
		assertThat(saved.get("size").asLong()).isEqualTo(bytes.length);
	}

	@Test
	void osuFileJsonWithoutOutHoldsTheFile() {
		JsonNode file = SampleRun.of("osu-file", "10001", "--json").json();
		assertThat(file.get("beatmapId").asLong()).isEqualTo(10001);
		assertThat(file.get("fileName").asString()).isEqualTo("Made-up Artist - Demo Song (peppy) [Easy].osu");
		assertThat(new String(Base64.getDecoder().decode(file.get("content").asString()), StandardCharsets.UTF_8))
			.startsWith("osu file format v14\r\n");
	}

	@Test
	void osuFileNotFoundIsNullAndWritesNothing() {
		Path file = this.temp.resolve("missing.osu");
		SampleRun run = SampleRun.of("osu-file", "10002", "--out=" + file, "--json");
		assertThat(run.status()).isZero();
		assertThat(run.out().strip()).isEqualTo("null");
		assertThat(file).doesNotExist();
		assertThat(SampleRun.of("osu-file", "10002").out())
			.isEqualTo("Beatmap 10002 has no .osu file on the server.\n");
	}

	private static String frames(byte[] data) throws IOException {
		try (LZMAInputStream lzma = new LZMAInputStream(new ByteArrayInputStream(data))) {
			return new String(lzma.readAllBytes(), StandardCharsets.US_ASCII);
		}
	}

}
