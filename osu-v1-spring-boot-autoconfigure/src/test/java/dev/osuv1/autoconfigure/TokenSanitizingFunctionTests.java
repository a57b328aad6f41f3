package dev.osuv1.autoconfigure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TokenSanitizingFunction}: Actuator's {@code configprops} and {@code env} endpoints never show the
 * key, even when they are set to show values.
 */
class TokenSanitizingFunctionTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=http://localhost:8089",
				"OSU_V1_TOKEN=" + KEY, "app.replay-url=https://osu.ppy.sh/api/get_replay?k=" + KEY,
				"osu.v1.limiter.redis.url=redis://bot:s3cret-pass@redis.internal:6379/2");

	@Test
	void configpropsEndpointHidesTheToken() {
		this.contextRunner.run((context) -> {
			ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
					sanitizingFunctions(context), Show.ALWAYS);
			endpoint.setApplicationContext(context);
			ConfigurationPropertiesBeanDescriptor osu = osuV1(endpoint);
			Map<String, Object> properties = osu.getProperties();
			assertThat(properties).containsEntry("token", SanitizableData.SANITIZED_VALUE)
				.containsEntry("baseUrl", "http://localhost:8089");
			assertThat(osu.getInputs().toString()).doesNotContain(KEY);
		});
	}

	@Test
	void envEndpointHidesTheTokenInEveryForm() {
		this.contextRunner.run((context) -> {
			EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(),
					sanitizingFunctions(context), Show.ALWAYS);
			assertThat(endpoint.environmentEntry("osu.v1.token").getProperty().getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(endpoint.environmentEntry("OSU_V1_TOKEN").getProperty().getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(endpoint.environmentEntry("app.replay-url").getProperty().getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(endpoint.environmentEntry("osu.v1.base-url").getProperty().getValue())
				.isEqualTo("http://localhost:8089");
		});
	}

	@Test
	void redisUrlPasswordIsMaskedAndTheRestShown() {
		this.contextRunner.run((context) -> {
			EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), sanitizingFunctions(context),
					Show.ALWAYS);
			assertThat(env.environmentEntry("osu.v1.limiter.redis.url").getProperty().getValue())
				.isEqualTo("redis://******@redis.internal:6379/2");
			ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
					sanitizingFunctions(context), Show.ALWAYS);
			configprops.setApplicationContext(context);
			Map<String, Object> properties = osuV1(configprops).getProperties();
			assertThat(properties).extractingByKey("limiter")
				.extracting("redis")
				.extracting("url")
				.isEqualTo("redis://******@redis.internal:6379/2");
		});
	}

	private static ConfigurationPropertiesBeanDescriptor osuV1(ConfigurationPropertiesReportEndpoint endpoint) {
		return endpoint.configurationPropertiesWithPrefix("osu.v1")
				.getContexts()
				.values()
				.iterator()
				.next()
				.getBeans()
				.values()
				.iterator()
				.next();
	}

	private static List<SanitizingFunction> sanitizingFunctions(AssertableApplicationContext context) {
		assertThat(context).hasSingleBean(SanitizingFunction.class);
		return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
	}

}
