package dev.osuv1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real recorded responses and files under {@code ../shared/fixtures}, read in place (never copied into the
 * repository). Maven's surefire passes the folder as the system property {@value #PROPERTY}; when it is not set or the
 * folder is absent, a test that asks for a fixture is skipped, with the reason, rather than failed.
 */
public final class RecordedFixtures {

	/** The system property naming the fixtures folder. */
	public static final String PROPERTY = "osu.fixtures.dir";

	private RecordedFixtures() {
	}

	/**
	 * Returns a fixture file, skipping the calling test when the fixtures folder is not there.
	 * @param relativePath the path under the fixtures folder, such as {@code aiosu/osr/replay_osu.osr}
	 * @return the file, which exists
	 */
	public static Path path(String relativePath) {
		Path file = root().resolve(relativePath);
		assertThat(file).as("recorded fixture %s (the fixtures folder is there, so this file should be)", relativePath)
			.isRegularFile();
		return file;
	}

	/**
	 * Returns the fixtures folder, skipping the calling test when it is not there.
	 * @return the folder
	 */
	public static Path root() {
		String dir = System.getProperty(PROPERTY);
		assumeTrue(dir != null && !dir.isBlank(), "recorded fixtures not configured: the system property " + PROPERTY
				+ " is not set (the Maven build sets it to ../shared/fixtures)");
		Path root = Path.of(dir).toAbsolutePath().normalize();
		assumeTrue(Files.isDirectory(root), "recorded fixtures folder " + root + " is absent, so the tests on real "
				+ "recorded data are skipped");
		return root;
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

}
