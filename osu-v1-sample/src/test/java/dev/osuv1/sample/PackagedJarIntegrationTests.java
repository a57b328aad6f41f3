package dev.osuv1.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the packaged jar as a person would, with no token, so against the embedded demo server: standard output
 * holds only the JSON, everything else goes to standard error. Run by failsafe after {@code package}.
 */
class PackagedJarIntegrationTests {

	@Test
	void userPeppyJsonPrintsOnlyTheDemoUser() throws Exception {
		Path jar = Path.of(System.getProperty("sample.jar", "target/osu-v1-sample.jar"));
		assumeTrue(Files.isRegularFile(jar), "the jar is built by 'package'");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "user", "peppy",
				"--json");
		builder.environment().remove("OSU_V1_TOKEN");
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<String> err = readAsync(process.getErrorStream());
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(err.get()).isZero();
		JsonNode user = JsonMapper.builder().build().readTree(out);
		assertThat(user.get("userId").asLong()).isEqualTo(2);
		assertThat(user.get("username").asString()).isEqualTo("peppy");
		List<String> errLines = err.get().lines().toList();
		assertThat(errLines).anySatisfy((line) -> assertThat(line).contains("embedded demo osu! server"));
	}

	private static CompletableFuture<String> readAsync(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
