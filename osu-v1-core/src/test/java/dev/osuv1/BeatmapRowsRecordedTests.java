package dev.osuv1;

import java.util.List;

import dev.osuv1.RecordedFixtures.Recording;
import dev.osuv1.model.Beatmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recorded get_beatmaps body takes the hand-written decoder's path, and it reads each exactly as the Jackson
 * binding does. Skipped, with the reason, when the fixtures folder is absent.
 */
@ExtendWith(RecordedFixtures.class)
class BeatmapRowsRecordedTests {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	private static final ObjectReader READER = MAPPER.readerForListOf(Beatmap.class);

	/** The get_beatmaps recordings: aiosu's (top level, history, one per mode) and Tillerinobot's mapping. */
	static List<String> beatmapBodies() {
		return RecordedFixtures.responseNames()
			.stream()
			.filter((name) -> name.endsWith("/get_beatmap_200.json") || name.matches(".*/multiple_beatmap_\\w+\\.json")
					|| name.startsWith("Tillerinobot/mappings/api_get_beatmaps-"))
			.toList();
	}

	@Test
	void findsTheRecordings() {
		RecordedFixtures.root();
		// the top level, six history folders, four modes and Tillerinobot's map
		assertThat(beatmapBodies()).contains("aiosu/get_beatmap_200.json").hasSizeGreaterThanOrEqualTo(12);
	}

	@ParameterizedTest
	@MethodSource("beatmapBodies")
	void readsTheRecordingAsTheBindingDoes(String name) {
		Recording recording = RecordedFixtures.load(name);
		List<Beatmap> expected = READER.readValue(recording.body());
		List<Beatmap> fast = new BeatmapRows().read(recording.body());
		assertThat(fast).as(name).isNotNull().hasSameSizeAs(expected).isNotEmpty();
		for (int i = 0; i < expected.size(); i++) {
			assertThat(fast.get(i)).as("%s row %d", name, i).isEqualTo(expected.get(i));
		}
		RawResponse response = new RawResponse(recording.status(), RecordedFixtures.JSON_CONTENT_TYPE, null, null,
				recording.body());
		assertThat(new ResponseDecoder(MAPPER).list(Endpoint.GET_BEATMAPS, response, READER, new BeatmapRows()))
			.isEqualTo(expected);
	}

}
