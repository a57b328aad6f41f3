package dev.osuv1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real osu! API v1 responses recorded by other projects, read in place from the folder named by the system
 * property {@value #PROPERTY} (surefire sets it to {@code ../shared/fixtures} beside the checkout). They are never
 * copied into this repository. As a JUnit condition, this class skips a test class when the folder is absent.
 */
public final class RecordedFixtures implements ExecutionCondition {

	/** The system property naming the fixtures folder. */
	public static final String PROPERTY = "osu.fixtures.dir";

	/** The API key in the Tillerinobot recordings' URLs (a placeholder, not a real key). */
	static final String RECORDED_KEY = "1234567890123456789012345678901234567890";

	/** What the real API sends with every /api/* response (Tillerinobot recordings). */
	static final String JSON_CONTENT_TYPE = "application/json; charset=UTF-8";

	/** What the real API sends with /osu/{id} (Tillerinobot recordings). */
	static final String TEXT_CONTENT_TYPE = "text/plain;charset=UTF-8";

	private static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Path directory = directory();
		if (Files.isDirectory(directory)) {
			return ConditionEvaluationResult.enabled("recorded fixtures found in " + directory);
		}
		return ConditionEvaluationResult.disabled("../shared/fixtures is absent: " + directory + " does not exist; "
				+ "set -D" + PROPERTY + "=<folder of recorded osu! API v1 responses> to run these tests");
	}

	/** The fixtures folder: the system property, else {@code shared/fixtures} beside an ancestor of the module. */
	static Path directory() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured).toAbsolutePath().normalize();
		}
		Path start = Paths.get("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("fixtures");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return start.resolve("../shared/fixtures").normalize();
	}

	/**
	 * Returns the fixtures folder, skipping the calling test (with the reason) when it is not there.
	 * @return the folder
	 */
	public static Path root() {
		Path root = directory();
		Assumptions.assumeTrue(Files.isDirectory(root), "recorded fixtures folder " + root + " is absent, so the "
				+ "tests on real recorded data are skipped (set -D" + PROPERTY + " to run them)");
		return root;
	}

	/**
	 * Returns a fixture file, skipping the calling test when the fixtures folder is not there.
	 * @param relativePath the path under the fixtures folder, such as {@code aiosu/osr/replay_osu.osr}
	 * @return the file, which exists
	 */
	public static Path path(String relativePath) {
		Path file = root().resolve(relativePath);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("recorded fixture " + relativePath + " is missing from " + root());
		}
		return file;
	}

	/**
	 * Returns a fixture file's bytes, skipping the calling test when the fixtures folder is not there.
	 * @param relativePath the path under the fixtures folder
	 * @return the bytes
	 */
	public static byte[] bytes(String relativePath) {
		try {
			return Files.readAllBytes(path(relativePath));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every recorded v1 response, as paths relative to the folder: the aiosu files (top level and every history
	 * folder), node-osu's match and the Tillerinobot WireMock mappings. The {@code .osr} files are not responses.
	 */
	static List<String> responseNames() {
		Path root = directory();
		List<String> names = new ArrayList<>();
		names.addAll(filesIn(root.resolve("aiosu")));
		try (Stream<Path> history = Files.list(root.resolve("aiosu").resolve("history"))) {
			history.filter(Files::isDirectory).sorted().forEach((dir) -> names.addAll(filesIn(dir)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		names.addAll(filesIn(root.resolve("node-osu")));
		names.addAll(filesIn(root.resolve("Tillerinobot").resolve("mappings")));
		return names;
	}

	/** The relative name of the one response whose name starts with the prefix (the mappings end in a UUID). */
	static String named(String prefix) {
		List<String> matches = responseNames().stream().filter((name) -> name.startsWith(prefix)).toList();
		if (matches.size() != 1) {
			throw new IllegalArgumentException("expected one recorded response named " + prefix + "*, found "
					+ matches);
		}
		return matches.get(0);
	}

	/** Reads a recorded response: a raw body file, or a WireMock mapping with its status, headers and body. */
	static Recording load(String name) {
		Path file = directory().resolve(name);
		if (name.startsWith("Tillerinobot/mappings/")) {
			return loadMapping(name, file);
		}
		byte[] body = read(file);
		String contentType = name.endsWith(".osu") ? TEXT_CONTENT_TYPE : JSON_CONTENT_TYPE;
		return new Recording(name, null, null, 200, Map.of("Content-Type", contentType), body);
	}

	/** Parses a JSON body with a plain mapper, independent of the client's own. */
	static JsonNode json(byte[] body) {
		return PLAIN_JSON.readTree(body);
	}

	/** Splits a query string into decoded parameters, in order. */
	static Map<String, String> queryOf(@Nullable String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			parameters.put(decode(key), decode(value));
		}
		return parameters;
	}

	private static Recording loadMapping(String name, Path file) {
		JsonNode mapping = json(read(file));
		String url = mapping.path("request").path("url").asString();
		int question = url.indexOf('?');
		String path = (question < 0) ? url : url.substring(0, question);
		Map<String, String> query = queryOf((question < 0) ? null : url.substring(question + 1));
		JsonNode response = mapping.path("response");
		Map<String, String> headers = new LinkedHashMap<>();
		response.path("headers").properties().forEach((header) -> headers.put(header.getKey(),
				header.getValue().asString()));
		byte[] body;
		if (response.has("bodyFileName")) {
			body = read(file.getParent().resolveSibling("__files").resolve(response.get("bodyFileName").asString()));
		}
		else {
			body = response.path("body").asString().getBytes(StandardCharsets.UTF_8);
		}
		return new Recording(name, path, query, response.path("status").asInt(), headers, body);
	}

	private static List<String> filesIn(Path dir) {
		Path root = directory();
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().endsWith(".md"))
				.sorted(Comparator.comparing(Path::toString))
				.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One recorded exchange.
	 *
	 * @param name the path relative to the fixtures folder
	 * @param path the recorded request path; {@code null} when only the body was recorded
	 * @param query the recorded request's parameters, key included; {@code null} when only the body was recorded
	 * @param status the HTTP status
	 * @param headers the response headers (for body-only recordings, the ones the real API sends)
	 * @param body the body, byte for byte
	 */
	record Recording(String name, @Nullable String path, @Nullable Map<String, String> query, int status,
			Map<String, String> headers, byte[] body) {

		/** The file name without its folder. */
		String fileName() {
			return this.name.substring(this.name.lastIndexOf('/') + 1);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
