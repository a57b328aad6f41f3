package dev.osuv1.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one result as JSON, to the file {@code --out} names or else to standard output.
 */
final class ResultFile {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ResultFile() {
	}

	static void write(Map<String, Object> result, String out) {
		String text = JSON.writeValueAsString(result) + System.lineSeparator();
		if (out.isEmpty()) {
			System.out.print(text);
			System.out.flush();
			return;
		}
		try {
			Path path = Paths.get(out);
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.writeString(path, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String runtime() {
		return "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
	}

}
