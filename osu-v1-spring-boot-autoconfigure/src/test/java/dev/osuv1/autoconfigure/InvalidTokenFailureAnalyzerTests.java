package dev.osuv1.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InvalidTokenFailureAnalyzer}.
 */
class InvalidTokenFailureAnalyzerTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class));

	private final InvalidTokenFailureAnalyzer analyzer = new InvalidTokenFailureAnalyzer();

	@Test
	void explainsATokenHoldingWhitespaceWithoutShowingIt() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY.substring(0, 20) + " " + KEY.substring(20))
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("'osu.v1.token'")
					.contains("must not hold whitespace")
					.doesNotContain(KEY.substring(0, 20))
					.doesNotContain(KEY.substring(20));
				assertThat(analysis.getAction()).contains("Set 'osu.v1.token'")
					.doesNotContain(KEY.substring(0, 20))
					.doesNotContain(KEY.substring(20));
			});
	}

	@Test
	void explainsABlankToken() {
		this.contextRunner.withPropertyValues("osu.v1.token=").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'osu.v1.token'").contains("must not be blank");
		});
	}

	@Test
	void leavesOtherPropertiesToSpringBoot() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new InvalidConfigurationPropertyValueException("osu.v1.base-url", "ftp://x", "not http"));
		assertThat(analysis).isNull();
	}

}
