package dev.osuv1.autoconfigure;

import dev.osuv1.OsuV1Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MissingTokenFailureAnalyzer}.
 */
class MissingTokenFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void explainsThatTheTokenIsMissingWhenTheClientIsInjected() {
		this.contextRunner.withUserConfiguration(ClientUserConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new MissingTokenFailureAnalyzer(new MockEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("clientUser")
				.contains("required an OsuV1Client")
				.contains("'osu.v1.token' is not set");
			assertThat(analysis.getAction()).contains("Set 'osu.v1.token'")
				.contains("OSU_V1_TOKEN")
				.contains("define an OsuV1Client bean of your own");
		});
	}

	@Test
	void leavesOtherMissingBeansToSpringBoot() {
		FailureAnalysis analysis = new MissingTokenFailureAnalyzer(new MockEnvironment())
			.analyze(new NoSuchBeanDefinitionException(String.class));
		assertThat(analysis).isNull();
	}

	@Test
	void leavesAMissingClientToSpringBootWhenTheTokenIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("osu.v1.token", "key");
		FailureAnalysis analysis = new MissingTokenFailureAnalyzer(environment)
			.analyze(new NoSuchBeanDefinitionException(OsuV1Client.class));
		assertThat(analysis).isNull();
	}

	@Test
	void explainsAMissingClientEvenWithoutAnInjectionPoint() {
		FailureAnalysis analysis = new MissingTokenFailureAnalyzer(new MockEnvironment())
			.analyze(new NoSuchBeanDefinitionException(OsuV1Client.class));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("The application required an OsuV1Client");
	}

	@Configuration(proxyBeanMethods = false)
	static class ClientUserConfiguration {

		@Bean
		String clientUser(OsuV1Client client) {
			return client.getBaseUrl();
		}

	}

}
