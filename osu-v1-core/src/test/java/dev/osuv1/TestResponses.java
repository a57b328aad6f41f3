package dev.osuv1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the responses this project wrote for its tests, from {@code src/test/resources/dev/osuv1/responses}.
 */
final class TestResponses {

	private TestResponses() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = TestResponses.class.getResourceAsStream("responses/" + name)) {
			if (in == null) {
				throw new IllegalStateException("no test response named " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

}
