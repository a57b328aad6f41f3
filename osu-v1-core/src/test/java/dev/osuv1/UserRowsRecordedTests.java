package dev.osuv1;

import java.util.List;

import dev.osuv1.RecordedFixtures.Recording;
import dev.osuv1.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recorded get_user body takes the hand-written decoder's path, and it reads each exactly as the Jackson
 * binding does. Skipped, with the reason, when the fixtures folder is absent.
 */
@ExtendWith(RecordedFixtures.class)
class UserRowsRecordedTests {

	private static final JsonMapper MAPPER = WireJson.createMapper();

	private static final ObjectReader READER = MAPPER.readerForListOf(User.class);

	/** The get_user recordings: aiosu's (top level, history, one per mode) and Tillerinobot's mappings. */
	static List<String> userBodies() {
		return RecordedFixtures.responseNames()
			.stream()
			.filter((name) -> name.endsWith("/get_user_200.json") || name.matches(".*/single_user_\\w+\\.json")
					|| name.startsWith("Tillerinobot/mappings/api_get_user-"))
			.toList();
	}

	@Test
	void findsTheRecordings() {
		RecordedFixtures.root();
		// the top level, six history folders, four modes and Tillerinobot's two
		assertThat(userBodies()).contains("aiosu/get_user_200.json").hasSizeGreaterThanOrEqualTo(13);
	}

	@ParameterizedTest
	@MethodSource("userBodies")
	void readsTheRecordingAsTheBindingDoes(String name) {
		Recording recording = RecordedFixtures.load(name);
		List<User> expected = READER.readValue(recording.body());
		List<User> fast = new UserRows().read(recording.body());
		assertThat(fast).as(name).isNotNull().isEqualTo(expected).isNotEmpty();
		RawResponse response = new RawResponse(recording.status(), RecordedFixtures.JSON_CONTENT_TYPE, null, null,
				recording.body());
		assertThat(new ResponseDecoder(MAPPER).list(Endpoint.GET_USER, response, READER, new UserRows()))
			.isEqualTo(expected);
	}

}
