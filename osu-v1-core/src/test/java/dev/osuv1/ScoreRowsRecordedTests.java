package dev.osuv1;

import java.util.List;
import java.util.Locale;

import dev.osuv1.RecordedFixtures.Recording;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Score;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recorded get_scores, get_user_best and get_user_recent body takes the hand-written decoder's path, and it
 * reads each exactly as the Jackson binding does with the values the client injects. Skipped, with the reason, when
 * the fixtures folder is absent.
 */
@ExtendWith(RecordedFixtures.class)
class ScoreRowsRecordedTests {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	/** The score recordings: aiosu's (top level, history, one per mode and endpoint) and Tillerinobot's mappings. */
	static List<String> scoreBodies() {
		return RecordedFixtures.responseNames()
			.stream()
			.filter((name) -> name.matches(".*/get_(beatmap_scores|user_bests|user_recents)_200\\.json")
					|| name.matches(".*/multiple_score_\\w+\\.json")
					|| name.startsWith("Tillerinobot/mappings/api_get_user_best-")
					|| name.startsWith("Tillerinobot/mappings/api_get_user_recent-"))
			.toList();
	}

	@Test
	void findsTheRecordings() {
		RecordedFixtures.root();
		assertThat(scoreBodies()).contains("aiosu/get_beatmap_scores_200.json", "aiosu/get_user_bests_200.json",
				"aiosu/get_user_recents_200.json")
			.hasSizeGreaterThanOrEqualTo(30);
	}

	@ParameterizedTest
	@MethodSource("scoreBodies")
	void readsTheRecordingAsTheBindingDoes(String name) {
		Recording recording = RecordedFixtures.load(name);
		Gamemode mode = mode(name);
		// get_scores rows carry no beatmap: the client injects the request's
		boolean beatmapScores = name.contains("beatmap_scores") || name.endsWith("_beatmap.json");
		@Nullable Long beatmapId = beatmapScores ? 129891L : null;
		Endpoint endpoint = beatmapScores ? Endpoint.GET_SCORES
				: name.contains("recent") ? Endpoint.GET_USER_RECENT : Endpoint.GET_USER_BEST;
		ObjectReader reader = ScoreRowsProperties.reader(mode, beatmapId);
		List<Score> expected = reader.readValue(recording.body());
		List<Score> fast = new ScoreRows().read(recording.body(), mode, beatmapId);
		// Tillerinobot's get_user_recent is [], which takes the fast path too
		assertThat(fast).as(name).isNotNull().isEqualTo(expected);
		RawResponse response = new RawResponse(recording.status(), RecordedFixtures.JSON_CONTENT_TYPE, null, null,
				recording.body());
		ScoreRows rows = new ScoreRows();
		assertThat(new ResponseDecoder(MAPPER).list(endpoint, response, reader,
				(body) -> rows.read(body, mode, beatmapId)))
			.isEqualTo(expected);
	}

	/** The mode of aiosu's per-mode recordings ({@code multiple_score_taiko_bests.json}), else osu!. */
	private static Gamemode mode(String name) {
		for (Gamemode mode : List.of(Gamemode.TAIKO, Gamemode.FRUITS, Gamemode.MANIA)) {
			if (name.contains("_" + mode.name().toLowerCase(Locale.ROOT) + "_")) {
				return mode;
			}
		}
		return Gamemode.OSU;
	}

}
