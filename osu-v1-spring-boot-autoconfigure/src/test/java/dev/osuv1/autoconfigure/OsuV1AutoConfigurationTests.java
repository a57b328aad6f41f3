package dev.osuv1.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.osuv1.OsuV1Client;
import dev.osuv1.RetryPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OsuV1AutoConfiguration}: when the client is created, how the properties reach it, and when it backs
 * off.
 */
class OsuV1AutoConfigurationTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void createsNoClientWithoutToken() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(OsuV1Properties.class);
			assertThat(context).doesNotHaveBean(OsuV1Client.class);
		});
	}

	@Test
	void createsClientWithDefaultSettingsWhenTokenIsSet() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY).run((context) -> {
			assertThat(context).hasSingleBean(OsuV1Client.class);
			OsuV1Client client = context.getBean(OsuV1Client.class);
			assertThat(client.getBaseUrl()).isEqualTo("https://osu.ppy.sh");
			assertThat(client.getTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(client.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(client.getMaxResponseSize()).isEqualTo(32 * 1024 * 1024);
		});
	}

	@Test
	void propertiesHaveTheDocumentedDefaults() {
		this.contextRunner.run((context) -> {
			OsuV1Properties properties = context.getBean(OsuV1Properties.class);
			assertThat(properties.getToken()).isNull();
			assertThat(properties.getBaseUrl()).isEqualTo("https://osu.ppy.sh");
			assertThat(properties.getTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.getMaxResponseSize()).isEqualTo(DataSize.ofMegabytes(32));
			OsuV1Properties.Limiter limiter = properties.getLimiter();
			assertThat(limiter.isEnabled()).isTrue();
			assertThat(limiter.getRequests()).isEqualTo(600);
			assertThat(limiter.getPeriod()).isEqualTo(Duration.ofSeconds(60));
			assertThat(limiter.getReplayRequests()).isEqualTo(10);
			assertThat(limiter.getReplayPeriod()).isEqualTo(Duration.ofSeconds(60));
			assertThat(limiter.getMaxWait()).isEqualTo(Duration.ofSeconds(60));
		});
	}

	@Test
	void bindsEveryProperty() {
		this.contextRunner
			.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=http://localhost:8089/", "osu.v1.timeout=3s",
					"osu.v1.connect-timeout=750ms", "osu.v1.max-response-size=2MB", "osu.v1.limiter.enabled=false",
					"osu.v1.limiter.requests=100", "osu.v1.limiter.period=30s", "osu.v1.limiter.replay-requests=4",
					"osu.v1.limiter.replay-period=2m", "osu.v1.limiter.max-wait=5s")
			.run((context) -> {
				OsuV1Properties properties = context.getBean(OsuV1Properties.class);
				assertThat(properties.getToken()).isEqualTo(KEY);
				assertThat(properties.getBaseUrl()).isEqualTo("http://localhost:8089/");
				assertThat(properties.getTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofMillis(750));
				assertThat(properties.getMaxResponseSize()).isEqualTo(DataSize.ofMegabytes(2));
				OsuV1Properties.Limiter limiter = properties.getLimiter();
				assertThat(limiter.isEnabled()).isFalse();
				assertThat(limiter.getRequests()).isEqualTo(100);
				assertThat(limiter.getPeriod()).isEqualTo(Duration.ofSeconds(30));
				assertThat(limiter.getReplayRequests()).isEqualTo(4);
				assertThat(limiter.getReplayPeriod()).isEqualTo(Duration.ofMinutes(2));
				assertThat(limiter.getMaxWait()).isEqualTo(Duration.ofSeconds(5));
				OsuV1Client client = context.getBean(OsuV1Client.class);
				assertThat(client.getBaseUrl()).isEqualTo("http://localhost:8089");
				assertThat(client.getTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(client.getConnectTimeout()).isEqualTo(Duration.ofMillis(750));
				assertThat(client.getMaxResponseSize()).isEqualTo(2 * 1024 * 1024);
			});
	}

	@Test
	void retryDefaultsToAFewJitteredAttempts() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY).run((context) -> {
			assertThat(context.getBean(OsuV1Client.class).getRetryPolicy()).isEqualTo(RetryPolicy.defaults());
			OsuV1Properties.Retry retry = context.getBean(OsuV1Properties.class).getRetry();
			assertThat(retry.getMaxAttempts()).isEqualTo(3);
			assertThat(retry.getFirstBackoff()).isEqualTo(Duration.ofMillis(500));
			assertThat(retry.getMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
			assertThat(retry.isJitter()).isTrue();
		});
	}

	@Test
	void retryPropertiesReachTheClient() {
		this.contextRunner
			.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.retry.max-attempts=5", "osu.v1.retry.first-backoff=2s",
					"osu.v1.retry.max-backoff=1m", "osu.v1.retry.jitter=false")
			.run((context) -> assertThat(context.getBean(OsuV1Client.class).getRetryPolicy())
				.isEqualTo(new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1), false)));
	}

	@Test
	void invalidRetryPropertiesFailStartupNamingThem() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.retry.max-attempts=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("osu.v1.retry")
				.hasMessageContaining("maxAttempts"));
	}

	@Test
	void backsOffWhenUserDefinesClient() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY)
			.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(OsuV1Client.class);
				assertThat(context.getBean(OsuV1Client.class).getBaseUrl()).isEqualTo("http://user.example");
			});
	}

	@Test
	void backsOffWhenOsuV1ClientIsNotOnTheClasspath() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY)
			.withClassLoader(new FilteredClassLoader(OsuV1Client.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(OsuV1Client.class);
				assertThat(context).doesNotHaveBean(OsuV1Properties.class);
			});
	}

	@Test
	void appliesCustomizersInOrderAfterTheProperties() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=http://properties.example")
			.withUserConfiguration(OrderedCustomizersConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(CustomizerCalls.class).names).containsExactly("first", "second");
				assertThat(context.getBean(OsuV1Client.class).getBaseUrl()).isEqualTo("http://second.example");
			});
	}

	@Test
	void closesTheClientWithTheContext() {
		AtomicReference<OsuV1Client> client = new AtomicReference<>();
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY).run((context) -> {
			client.set(context.getBean(OsuV1Client.class));
			assertThat(client.get().isClosed()).isFalse();
		});
		assertThat(client.get().isClosed()).isTrue();
	}

	@Test
	void createsClientWithoutSpringBootsWebClientModule() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class))
			.withPropertyValues("osu.v1.token=" + KEY)
			.run((context) -> assertThat(context).hasSingleBean(OsuV1Client.class));
	}

	@Test
	void failsWhenTokenIsBlank() {
		this.contextRunner.withPropertyValues("osu.v1.token=  ").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("osu.v1.token")
				.hasMessageContaining("blank");
		});
	}

	@Test
	void failsWithoutShowingTheTokenWhenItHoldsWhitespace() {
		// a key read from a file often ends with a line break
		this.contextRunner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("osu.v1.token", KEY + "\n")))).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			assertThat(failure).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("osu.v1.token")
				.hasMessageContaining("whitespace");
			for (Throwable ex = failure; ex != null; ex = ex.getCause()) {
				assertThat(ex.getMessage()).doesNotContain(KEY);
				assertThat(ex.toString()).doesNotContain(KEY);
			}
		});
	}

	@Test
	void failsNamingThePropertyWhenBaseUrlIsInvalid() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=ftp://osu.ppy.sh")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
							(ex) -> assertThat(ex.getName()).isEqualTo("osu.v1.base-url"));
			});
	}

	@Test
	void failsNamingThePropertyWhenMaxResponseSizeIsTooLarge() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.max-response-size=4GB")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
							(ex) -> assertThat(ex.getName()).isEqualTo("osu.v1.max-response-size"));
			});
	}

	@Test
	void failsNamingThePropertyWhenTimeoutIsNotPositive() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.timeout=0s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
						(ex) -> assertThat(ex.getName()).isEqualTo("osu.v1.timeout"));
		});
	}

	@Test
	void registersTokenSanitizingFunctionWhenActuatorIsPresent() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(TokenSanitizingFunction.class));
	}

	@Test
	void registersNoTokenSanitizingFunctionWithoutActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TokenSanitizingFunction.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		OsuV1Client userOsuV1Client() {
			return OsuV1Client.builder().token("user-key").baseUrl("http://user.example").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizersConfiguration {

		@Bean
		CustomizerCalls customizerCalls() {
			return new CustomizerCalls();
		}

		@Bean
		@Order(2)
		OsuV1ClientCustomizer secondCustomizer(CustomizerCalls calls) {
			return (builder) -> {
				calls.names.add("second");
				builder.baseUrl("http://second.example");
			};
		}

		@Bean
		@Order(1)
		OsuV1ClientCustomizer firstCustomizer(CustomizerCalls calls) {
			return (builder) -> {
				calls.names.add("first");
				builder.baseUrl("http://first.example");
			};
		}

	}

	static class CustomizerCalls {

		private final List<String> names = new ArrayList<>();

	}

}
