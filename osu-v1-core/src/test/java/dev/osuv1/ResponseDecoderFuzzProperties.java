package dev.osuv1;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.osuv1.model.Beatmap;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Score;
import dev.osuv1.model.User;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every endpoint's decoder directly (no HTTP, so tens of thousands of tries stay fast): real-shaped bodies
 * mutated byte by byte and value by value, and random bytes, under every status the API sends. Each either decodes
 * or fails with a typed {@link OsuApiException}: never a {@code NullPointerException}, another runtime exception
 * or an {@code Error}.
 */
class ResponseDecoderFuzzProperties {

	private static final List<String> BODIES = List.of(TestResponses.text("user.json"),
			TestResponses.text("user_null_statistics.json"), TestResponses.text("beatmaps.json"),
			TestResponses.text("scores.json"), TestResponses.text("recents.json"), TestResponses.text("match.json"),
			TestResponses.text("replay.json"), "{\"match\":0,\"games\":[]}", "{\"error\":\"Replay not available.\"}",
			"{\"error\":null}", "[]", "null");

	private static final List<String> VALUES = List.of("null", "0", "-1", "\"\"", "\"x\"", "{}", "[]", "[null]",
			"true", "\"99999999999999999999999\"", "1e999", "\"1e999\"", "\"NaN\"", "\"0000-00-00 00:00:00\"",
			"\"2026-13-45 25:61:61\"", "{\"a\":[[[[]]]]}", "\"\\u0000\"", "\"\\ud800\"");

	private static final JsonMapper MAPPER = WireJson.createMapper();

	private static final ResponseDecoder DECODER = new ResponseDecoder(MAPPER);

	private static final ObjectReader USERS = MAPPER.readerForListOf(User.class);

	private static final ObjectReader BEATMAPS = MAPPER.readerForListOf(Beatmap.class);

	private static final ObjectReader SCORES = MAPPER.readerForListOf(Score.class)
		.with(new InjectableValues.Std().addValue("mode", Gamemode.OSU).addValue("beatmapId", 1L));

	@Property(tries = 6000)
	void mutatedBodiesDecodeOrFailTyped(@ForAll("mutatedBodies") byte[] body, @ForAll("statuses") int status) {
		decodeEveryWay(new RawResponse(status, "application/json", null, null, body));
	}

	@Property(tries = 4000)
	void randomBytesFailTyped(@ForAll("randomBytes") byte[] body, @ForAll("statuses") int status) {
		decodeEveryWay(new RawResponse(status, "text/html", null, null, body));
	}

	@Provide
	Arbitrary<Integer> statuses() {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(6, Arbitraries.just(200)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of(204, 301, 400, 401, 403, 404, 429, 500, 502, 503, 520)));
	}

	@Provide
	Arbitrary<byte[]> randomBytes() {
		return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
	}

	@Provide
	Arbitrary<byte[]> mutatedBodies() {
		Arbitrary<String> base = Arbitraries.of(BODIES);
		Arbitrary<Integer> operation = Arbitraries.integers().between(0, 5);
		Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
		Arbitrary<String> value = Arbitraries.of(VALUES);
		Arbitrary<Character> character = Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', '0', 'x', ' ', '\u00ff');
		return Combinators.combine(base, operation, where, value, character).as(ResponseDecoderFuzzProperties::mutate);
	}

	private static byte[] mutate(String body, int operation, double where, String value, char character) {
		int at = (int) (where * body.length());
		String mutated = switch (operation) {
			case 0 -> body.substring(0, at);
			case 1 -> body.substring(0, at) + body.substring(Math.min(body.length(), at + 1));
			case 2 -> body.substring(0, at) + character + body.substring(at);
			case 3 -> replaceValue(body, at, value);
			case 4 -> removeField(body, at);
			default -> body.substring(0, at) + character + body.substring(Math.min(body.length(), at + 1));
		};
		return mutated.getBytes(StandardCharsets.UTF_8);
	}

	/** Replaces the value of the field whose name starts after {@code at} with another JSON value. */
	private static String replaceValue(String body, int at, String value) {
		int colon = body.indexOf("\":", at);
		if (colon < 0) {
			return body;
		}
		int start = colon + 2;
		int end = start;
		if (end < body.length() && body.charAt(end) == '"') {
			end = body.indexOf('"', end + 1) + 1;
		}
		else {
			while (end < body.length() && ",}]".indexOf(body.charAt(end)) < 0) {
				end++;
			}
		}
		return (end <= start) ? body : body.substring(0, start) + value + body.substring(end);
	}

	/** Removes the field that starts after {@code at}, keeping the JSON well-formed where it was. */
	private static String removeField(String body, int at) {
		int start = body.indexOf(",\"", at);
		if (start < 0) {
			return body;
		}
		int next = body.indexOf(",\"", start + 2);
		int close = body.indexOf('}', start + 2);
		int end = (next < 0 || (close >= 0 && close < next)) ? close : next;
		return (end < 0) ? body : body.substring(0, start) + body.substring(end);
	}

	private static void decodeEveryWay(RawResponse response) {
		attempt(() -> DECODER.list(Endpoint.GET_USER, response, USERS));
		attempt(() -> DECODER.list(Endpoint.GET_BEATMAPS, response, BEATMAPS));
		attempt(() -> DECODER.list(Endpoint.GET_SCORES, response, SCORES));
		attempt(() -> DECODER.match(response));
		attempt(() -> DECODER.replay(response));
		attempt(() -> DECODER.beatmapFile(1, response));
	}

	private static void attempt(Runnable decode) {
		try {
			decode.run();
		}
		catch (OsuApiException expected) {
			assertThat(expected.getMessage()).isNotBlank();
		}
	}


}
