package dev.osuv1.sample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the sample in this JVM, through {@link OsuV1SampleApplication#run}: its exit status and what it printed.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error (the app's own messages; logs go to the process's standard error)
 */
record SampleRun(int status, String out, String err) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static SampleRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = OsuV1SampleApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new SampleRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Parses standard output as JSON; it must hold nothing else. */
	JsonNode json() {
		return JSON.readTree(this.out);
	}

	List<String> errLines() {
		return this.err.lines().toList();
	}

	boolean usedDemoServer() {
		return this.err.contains("embedded demo osu! server");
	}

}
