package dev.osuv1.autoconfigure;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.InvalidApiKeyException;
import dev.osuv1.OsuV1Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OsuV1HealthAutoConfiguration} through Spring Boot's health endpoint (what
 * {@code /actuator/health/osuV1} shows): UP until the API refuses the key, DOWN then until a later call is answered,
 * the limiter's tokens in the details, never the key, and no request sent by a health check.
 */
class OsuV1HealthAutoConfigurationTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OsuV1AutoConfiguration.class,
				OsuV1HealthAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
		.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl(),
				"management.endpoint.health.show-details=always");

	@BeforeEach
	void answerEmptyLists() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
	}

	@Test
	void upWithTheLimitersTokensBeforeAnyCall() {
		this.contextRunner.run((context) -> {
			IndicatedHealthDescriptor health = osuV1(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("apiKey", "unverified")
				.containsEntry("baseUrl", server.baseUrl())
				.containsEntry("limiter", Map.of("generalAvailable", 600L, "replayAvailable", 10L));
			assertThat(server.getAllServeEvents()).isEmpty();
		});
	}

	@Test
	void downAfterTheApiRefusedTheKeyThenUpAfterASuccess() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Please provide a valid API key.\"}")));
		this.contextRunner.run((context) -> {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			assertThatExceptionOfType(InvalidApiKeyException.class).isThrownBy(() -> client.getUser("peppy").block());
			int requests = server.getAllServeEvents().size();
			IndicatedHealthDescriptor down = osuV1(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("apiKey", "rejected")
				.containsEntry("apiKeyCheckedBy", "get_user")
				.containsEntry("error",
						"the API refused the key: get_user: Please provide a valid API key. (HTTP 401)");
			assertThat(down.getDetails().toString()).doesNotContain(KEY);
			assertThat(osuV1(context).getStatus()).as("still down on a later check").isEqualTo(Status.DOWN);
			assertThat(server.getAllServeEvents()).as("requests sent by the health checks").hasSize(requests);
			server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
			client.getUserBests("peppy").collectList().block();
			IndicatedHealthDescriptor up = osuV1(context);
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("apiKey", "accepted")
				.containsEntry("apiKeyCheckedBy", "get_user_best")
				.doesNotContainKey("error");
			assertThat(up.getDetails().toString()).doesNotContain(KEY);
		});
	}

	@Test
	void aBeatmapFileDoesNotVouchForTheKey() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Please provide a valid API key.\"}")));
		server.stubFor(get("/osu/75").willReturn(aResponse().withStatus(200).withBody("osu file format v14")));
		this.contextRunner.run((context) -> {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			assertThatExceptionOfType(InvalidApiKeyException.class).isThrownBy(() -> client.getUser("peppy").block());
			client.getBeatmapOsu(75).block();
			assertThat(osuV1(context).getStatus()).isEqualTo(Status.DOWN);
		});
	}

	@Test
	void showsWhenTheLimiterIsOff() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.enabled=false")
			.run((context) -> assertThat(osuV1(context).getDetails()).containsEntry("limiter",
					Map.of("generalAvailable", "not counted", "replayAvailable", "not counted")));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.osuv1.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("osuV1HealthIndicator"));
	}

	@Test
	void backsOffWithoutAClient() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OsuV1AutoConfiguration.class,
					OsuV1HealthAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(HealthIndicator.class);
			});
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OsuV1AutoConfiguration.class,
					OsuV1HealthAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.withPropertyValues("osu.v1.token=" + KEY)
			.run((context) -> {
				assertThat(context).hasSingleBean(OsuV1Client.class);
				assertThat(context).doesNotHaveBean("osuV1HealthIndicator");
				assertThat(context).doesNotHaveBean(ApiKeyStatus.class);
			});
	}

	private static IndicatedHealthDescriptor osuV1(AssertableApplicationContext context) {
		return (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class).healthForPath("osuV1");
	}

}
