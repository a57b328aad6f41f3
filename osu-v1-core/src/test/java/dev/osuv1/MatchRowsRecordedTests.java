package dev.osuv1;

import java.util.List;

import dev.osuv1.RecordedFixtures.Recording;
import dev.osuv1.model.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recorded get_match body takes the hand-written decoder's path, and it reads each exactly as the tree path
 * binds it. Skipped, with the reason, when the fixtures folder is absent.
 */
@ExtendWith(RecordedFixtures.class)
class MatchRowsRecordedTests {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	/** The get_match recordings: aiosu's (top level and its first, hand-recorded set) and node-osu's. */
	static List<String> matchBodies() {
		return RecordedFixtures.responseNames()
			.stream()
			.filter((name) -> name.endsWith("/get_match_200.json") || name.endsWith("/match.json")
					|| name.equals("node-osu/sampleMatch.json"))
			.toList();
	}

	@Test
	void findsTheRecordings() {
		RecordedFixtures.root();
		assertThat(matchBodies()).contains("aiosu/get_match_200.json", "aiosu/history/a3cd36b_2022-12-02/match.json",
				"node-osu/sampleMatch.json");
	}

	@ParameterizedTest
	@MethodSource("matchBodies")
	void readsTheRecordingAsTheTreePathDoes(String name) {
		Recording recording = RecordedFixtures.load(name);
		RawResponse response = new RawResponse(recording.status(), RecordedFixtures.JSON_CONTENT_TYPE, null, null,
				recording.body());
		Match expected = new ResponseDecoder(MAPPER, null).match(response);
		Match fast = new MatchRows().read(recording.body());
		assertThat(fast).as(name).isNotNull().isEqualTo(expected);
		assertThat(fast.games()).as(name).isNotEmpty().anySatisfy((game) -> assertThat(game.scores()).isNotEmpty());
		assertThat(new ResponseDecoder(MAPPER).match(response)).isEqualTo(expected);
	}

}
