package dev.osuv1.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;

import dev.osuv1.model.Replay;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The response bodies every benchmark works on: the real recorded ones, read in place from the shared fixtures
 * folder (never copied into the repository), or, where that folder is absent, bodies of the same shape that
 * {@link GeneratedBodies} makes.
 *
 * @param user a get_user body (one user)
 * @param beatmaps a get_beatmaps body of 500 rows (about 0.5 MB)
 * @param match a get_match body of 12 games
 * @param replay a get_replay body (base64 LZMA frames)
 * @param source where the bodies came from, for the report
 */
public record Bodies(byte[] user, byte[] beatmaps, byte[] match, byte[] replay, String source) {

	/** The system property naming the fixtures folder, as in core's tests. */
	public static final String FIXTURES_PROPERTY = "osu.fixtures.dir";

	/**
	 * Loads the recorded bodies, or generates them when the fixtures folder is absent.
	 * @return the bodies
	 */
	public static Bodies load() {
		Path aiosu = fixturesDirectory();
		if (aiosu != null) {
			return new Bodies(read(aiosu, "get_user_200.json"), read(aiosu, "get_beatmap_200.json"),
					read(aiosu, "get_match_200.json"), read(aiosu, "get_replay_200.json"), "recorded (" + aiosu + ")");
		}
		return GeneratedBodies.create();
	}

	/**
	 * Returns the replay data of {@link #replay()}: the decoded base64 {@code content}.
	 * @return the replay
	 */
	public Replay replayData() {
		String content = JsonMapper.shared().readTree(this.replay).get("content").stringValue();
		return new Replay(Base64.getDecoder().decode(content));
	}

	/**
	 * Finds {@code aiosu/} in the folder the system property names, else in {@code shared/fixtures} beside the
	 * working directory or one of its ancestors (the repository's checkout sits beside {@code shared}).
	 */
	private static @Nullable Path fixturesDirectory() {
		String configured = System.getProperty(FIXTURES_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return existing(Paths.get(configured).resolve("aiosu"));
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path aiosu = existing(dir.resolve("shared/fixtures/aiosu"));
			if (aiosu != null) {
				return aiosu;
			}
		}
		return null;
	}

	private static @Nullable Path existing(Path aiosu) {
		return Files.isRegularFile(aiosu.resolve("get_beatmap_200.json")) ? aiosu.normalize() : null;
	}

	private static byte[] read(Path directory, String name) {
		try {
			return Files.readAllBytes(directory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
