package dev.osuv1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Grade;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.query.UserScoresQuery;
import dev.osuv1.replay.OsrFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code getReplayFile} against a real HTTP server: which requests it sends, in which order (the rate-limited replay
 * last, and only when everything else was found), and the {@code .osr} file it builds from the answers.
 */
class OsuV1ClientReplayFileTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String SCORE = "{\"score_id\":\"4220635589\",\"score\":\"57074453\","
			+ "\"username\":\"choke enough\",\"maxcombo\":\"1871\",\"count50\":\"0\",\"count100\":\"17\",\"count300\":\"1195\",\"countmiss\":\"0\","
			+ "\"countkatu\":\"2\",\"countgeki\":\"3\",\"perfect\":\"0\",\"enabled_mods\":\"8\","
			+ "\"user_id\":\"4819811\",\"date\":\"2022-07-17 13:20:07\",\"rank\":\"SH\",\"pp\":\"473.1\",\"replay_available\":\"1\"}";

	private static final String BEATMAP_MD5 = "0123456789abcdef0123456789abcdef";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final Replay replay = replay("0|256|-500|0,-1|256|-500|0,16|100|200|1,-12345|0|0|42,");

	private OsuV1Client client;

	@BeforeEach
	void createClient() {
		this.client = OsuV1Client.builder().token(KEY).baseUrl(server.baseUrl()).build();
		serve("/api/get_beatmaps", TestResponses.text("beatmaps.json").replace("\"131891\"", "\"2906626\""));
		serve("/api/get_user", TestResponses.text("user.json"));
		serve("/api/get_replay", "{\"content\":\"" + Base64.getEncoder().encodeToString(this.replay.data())
				+ "\",\"encoding\":\"base64\"}");
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void findsTheScoreThenTheBeatmapsMd5AndFetchesTheReplayLast() throws Exception {
		serve("/api/get_scores", "[" + SCORE + "]");
		OsrFile file = this.client
			.getReplayFile(ReplayQuery.of(2906626, UserRef.name("choke enough")).withMods(Mods.of(Mod.HD)))
			.block();
		assertThat(requests()).containsExactly(
				"/api/get_scores?k=" + KEY + "&b=2906626&u=choke%20enough&type=string&m=0&mods=8",
				"/api/get_beatmaps?k=" + KEY + "&b=2906626", "/api/get_replay?k=" + KEY + "&s=4220635589&m=0");
		assertThat(file.mode()).isEqualTo(Gamemode.OSU);
		assertThat(file.version()).isEqualTo(20151228);
		assertThat(file.beatmapMd5()).isEqualTo(BEATMAP_MD5);
		assertThat(file.playerName()).isEqualTo("choke enough");
		assertThat(file.replayMd5()).isEqualTo(md5("1871osuchoke enough" + BEATMAP_MD5 + "57074453SH"));
		assertThat(new int[] { file.count300(), file.count100(), file.count50(), file.countGeki(), file.countKatu(),
				file.countMiss() })
			.containsExactly(1195, 17, 0, 3, 2, 0);
		assertThat(file.score()).isEqualTo(57074453);
		assertThat(file.maxCombo()).isEqualTo(1871);
		assertThat(file.mods()).isEqualTo(Mods.of(Mod.HD));
		assertThat(file.lifeBar()).isEmpty();
		assertThat(file.timestamp()).isEqualTo(Instant.parse("2022-07-17T13:20:07Z"));
		assertThat(file.replay()).isEqualTo(this.replay);
		assertThat(file.onlineScoreId()).isEqualTo(4220635589L);
		assertThat(file.frames().frames()).hasSize(3);
		assertThat(OsrFile.read(file.toBytes())).isEqualTo(file);
	}

	@Test
	void aScoreWithoutAUsernameTakesThePlayersNameFromGetUserInItsMode() throws Exception {
		serve("/api/get_user_best", "[" + SCORE.replace("\"username\":\"choke enough\",", "")
			.replace("\"score_id\"", "\"beatmap_id\":\"2906626\",\"score_id\"") + "]");
		Score best = this.client.getUserBests(UserScoresQuery.of(4819811).withMode(Gamemode.TAIKO)).blockFirst();
		server.resetRequests();
		OsrFile file = this.client.getReplayFile(best).block();
		assertThat(requests()).hasSize(3);
		assertThat(requests().subList(0, 2)).as("fetched side by side")
			.containsExactlyInAnyOrder("/api/get_beatmaps?k=" + KEY + "&b=2906626",
					"/api/get_user?k=" + KEY + "&u=4819811&type=id&m=1");
		assertThat(lastRequest()).isEqualTo("/api/get_replay?k=" + KEY + "&s=4220635589&m=1");
		assertThat(file.playerName()).isEqualTo("Test Player");
		assertThat(file.mode()).isEqualTo(Gamemode.TAIKO);
		assertThat(file.replayMd5()).isEqualTo(md5("1871osuTest Player" + BEATMAP_MD5 + "57074453SH"));
	}

	@Test
	void noReplayMeansNoFile() {
		serve("/api/get_scores", "[" + SCORE + "]");
		serve("/api/get_replay", "{\"error\":\"Replay not available.\"}");
		assertThat(this.client.blocking().getReplayFile(ReplayQuery.of(2906626, UserRef.id(4819811)))).isEmpty();
		assertThat(requests()).hasSize(3);
	}

	@Test
	void noBeatmapMeansNoFileAndTheReplayIsNotFetched() {
		serve("/api/get_scores", "[" + SCORE + "]");
		serve("/api/get_beatmaps", "[]");
		assertThat(this.client.getReplayFile(ReplayQuery.of(2906626, UserRef.id(4819811))).blockOptional()).isEmpty();
		assertThat(requests()).containsExactly("/api/get_scores?k=" + KEY + "&b=2906626&u=4819811&type=id&m=0",
				"/api/get_beatmaps?k=" + KEY + "&b=2906626");
	}

	@Test
	void noScoreMeansNoFileAndNothingElseIsFetched() {
		serve("/api/get_scores", "[]");
		assertThat(this.client.blocking().getReplayFile(ReplayQuery.of(2906626, UserRef.id(1)))).isEmpty();
		assertThat(requests()).hasSize(1);
	}

	@Test
	void aScoreIdInTheQueryPicksThatScore() {
		serve("/api/get_scores", "[" + SCORE.replace("4220635589", "111") + "," + SCORE + "]");
		ReplayQuery query = new ReplayQuery(4220635589L, 2906626L, UserRef.id(4819811), Gamemode.OSU, null);
		assertThat(this.client.blocking().getReplayFile(query)).get()
			.extracting(OsrFile::onlineScoreId)
			.isEqualTo(4220635589L);
		assertThat(lastRequest()).isEqualTo("/api/get_replay?k=" + KEY + "&s=4220635589&m=0");
		server.resetRequests();
		ReplayQuery other = new ReplayQuery(999L, 2906626L, UserRef.id(4819811), Gamemode.OSU, null);
		assertThat(this.client.blocking().getReplayFile(other)).isEmpty();
		assertThat(requests()).hasSize(1);
	}

	@Test
	void aScoreWithoutAStoredReplaySendsNothing() {
		Score noReplay = new Score(1L, 2L, 3L, "p", 100L, 1, 0, 0, 1, 0, 0, 0, true, Mods.NONE, Instant.EPOCH, Grade.X,
				null, false, Gamemode.OSU);
		Score notStored = new Score(null, 2L, 3L, "p", 100L, 1, 0, 0, 1, 0, 0, 0, true, Mods.NONE, Instant.EPOCH,
				Grade.X, null, null, Gamemode.OSU);
		assertThat(this.client.getReplayFile(noReplay).blockOptional()).isEmpty();
		assertThat(this.client.blocking().getReplayFile(notStored)).isEmpty();
		assertThat(requests()).isEmpty();
	}

	@Test
	void aQueryWithoutBeatmapAndUserIsRefusedBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.getReplayFile(ReplayQuery.ofScore(4220635589L)))
			.withMessageContaining("beatmap id and the user");
		assertThat(requests()).isEmpty();
	}

	/** The URLs requested, oldest first. */
	private static List<String> requests() {
		List<String> urls = new ArrayList<>(
				server.getAllServeEvents().stream().map((event) -> event.getRequest().getUrl()).toList());
		Collections.reverse(urls);
		return urls;
	}

	private static String lastRequest() {
		List<String> urls = requests();
		return urls.get(urls.size() - 1);
	}

	private static void serve(String path, String body) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body)));
	}

	private static String md5(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static Replay replay(String frames) {
		byte[] text = frames.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (LZMAOutputStream lzma = new LZMAOutputStream(out, new LZMA2Options(1), text.length)) {
			lzma.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Replay(out.toByteArray());
	}

}
