package dev.osuv1.starter;

import dev.osuv1.OsuV1Client;
import dev.osuv1.starter.app.StarterApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts applications built on the starter the way {@code main} does, to see what a user sees when the key is
 * missing or malformed: the failure analysis Spring Boot prints, naming {@code osu.v1.token} and never showing it.
 */
@ExtendWith(OutputCaptureExtension.class)
class OsuV1StarterStartupTests {

	// keeps application.yml, and the key in it, out of these applications
	private static final String NO_CONFIG_FILE = "--spring.config.name=no-config-file";

	private static final String KEY_START = "0123456789abcdef0123";

	private static final String KEY_END = "456789abcdef01234567";

	@Test
	void applicationWithoutTokenStartsWithoutClient() {
		try (ConfigurableApplicationContext context = SpringApplication.run(PlainApplication.class, NO_CONFIG_FILE)) {
			assertThat(context.getBeanProvider(OsuV1Client.class).getIfAvailable()).isNull();
		}
	}

	@Test
	void applicationThatInjectsTheClientFailsToStartWithoutToken(CapturedOutput output) {
		assertThatException().isThrownBy(() -> SpringApplication.run(StarterApplication.class, NO_CONFIG_FILE));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("playerLookup")
			.contains("required an OsuV1Client, but none was auto-configured because the property 'osu.v1.token' "
					+ "is not set")
			.contains("Set 'osu.v1.token' to your osu! API v1 key");
	}

	@Test
	void applicationFailsToStartWithMalformedTokenWithoutShowingIt(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> SpringApplication.run(StarterApplication.class, NO_CONFIG_FILE,
					"--osu.v1.token=" + KEY_START + " " + KEY_END))
			.satisfies((ex) -> {
				for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
					assertThat(String.valueOf(cause.getMessage())).doesNotContain(KEY_START).doesNotContain(KEY_END);
				}
			});
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value for configuration property 'osu.v1.token'")
			.contains("must not hold whitespace")
			.contains("Set 'osu.v1.token' to your osu! API v1 key");
		assertThat(output.toString()).doesNotContain(KEY_START).doesNotContain(KEY_END);
	}

	@Test
	void applicationFailsToStartWithBlankToken(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> SpringApplication.run(StarterApplication.class, NO_CONFIG_FILE, "--osu.v1.token="));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value for configuration property 'osu.v1.token'")
			.contains("must not be blank");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class PlainApplication {

	}

}
