package dev.osuv1;

import java.util.List;

import dev.osuv1.benchmarks.Bodies;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.Match;
import dev.osuv1.model.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each decoding benchmark once, so the module never rots; times are never judged here.
 */
class DecodingBenchmarksTests {

	@Test
	void everyBenchmarkDecodesItsBody() {
		DecodingBenchmarks benchmarks = new DecodingBenchmarks();
		benchmarks.setUp();
		assertThat(benchmarks.getBeatmapsClient()).hasSize(500);
		assertThat(benchmarks.getBeatmapsReadTree().size()).isEqualTo(500);
		assertThat(benchmarks.getUserClient()).hasSize(1);
		assertThat(benchmarks.getUserReadTree().size()).isEqualTo(1);
		assertThat(benchmarks.getMatchClient().games()).hasSize(12);
		assertThat(benchmarks.getMatchReadTree().get("games").size()).isEqualTo(12);
	}

	@Test
	void generatedBodiesDecodeLikeRecordedOnes() {
		Bodies bodies = GeneratedBodiesAccess.create();
		ResponseDecoder decoder = new ResponseDecoder(WireJson.createMapper());
		List<Beatmap> beatmaps = decoder.list(Endpoint.GET_BEATMAPS, response(bodies.beatmaps()),
				WireJson.createMapper().readerForListOf(Beatmap.class));
		List<User> users = decoder.list(Endpoint.GET_USER, response(bodies.user()),
				WireJson.createMapper().readerForListOf(User.class));
		Match match = decoder.match(response(bodies.match()));
		assertThat(beatmaps).hasSize(500);
		assertThat(users).singleElement().extracting(User::username).isEqualTo("peppy");
		assertThat(match).isNotNull();
		assertThat(match.games()).hasSize(12);
		assertThat(decoder.replay(response(bodies.replay()))).isEqualTo(bodies.replayData());
	}

	private static RawResponse response(byte[] body) {
		return new RawResponse(200, "application/json; charset=UTF-8", null, null, body);
	}

}
