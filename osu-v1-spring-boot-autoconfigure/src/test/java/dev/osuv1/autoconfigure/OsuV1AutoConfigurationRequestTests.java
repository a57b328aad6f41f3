package dev.osuv1.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.DecodingException;
import dev.osuv1.OsuV1Client;
import dev.osuv1.ServerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OsuV1AutoConfiguration} that send requests to a WireMock server, for the settings the client does
 * not expose: where requests go, the timeout, the size limit, and Spring Boot's {@code WebClient.Builder}.
 */
class OsuV1AutoConfigurationRequestTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class));

	@BeforeEach
	void answerEmptyLists() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
	}

	@Test
	void sendsRequestsWithTheTokenToTheBaseUrl() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl())
			.run((context) -> {
				assertThat(context.getBean(OsuV1Client.class).getUser("peppy").blockOptional()).isEmpty();
				server.verify(getRequestedFor(urlPathEqualTo("/api/get_user")).withQueryParam("k", equalTo(KEY))
					.withQueryParam("u", equalTo("peppy"))
					.withQueryParam("type", equalTo("string"))
					.withQueryParam("m", equalTo("0")));
			});
	}

	@Test
	void appliesTheTimeout() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]").withFixedDelay(5000)));
		this.contextRunner
			.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl(), "osu.v1.timeout=200ms")
			.run((context) -> assertThatExceptionOfType(ServerException.class)
				.isThrownBy(() -> context.getBean(OsuV1Client.class).getUser("peppy").block())
				.withMessageContaining("no response within PT0.2S"));
	}

	@Test
	void appliesTheMaxResponseSize() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("[" + "\"padding\",".repeat(300) + "\"end\"]")));
		this.contextRunner
			.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl(),
					"osu.v1.max-response-size=1KB")
			.run((context) -> assertThatExceptionOfType(DecodingException.class)
				.isThrownBy(() -> context.getBean(OsuV1Client.class).getUser("peppy").block())
				.withMessageContaining("1024 bytes"));
	}

	@Test
	void usesTheWebClientBuilderOfSpringBoot() {
		this.contextRunner.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl())
			.withBean(WebClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Customized-By", "application"))
			.run((context) -> {
				context.getBean(OsuV1Client.class).getUser("peppy").blockOptional();
				server.verify(getRequestedFor(urlPathEqualTo("/api/get_user")).withHeader("X-Customized-By",
						equalTo("application")));
			});
	}

}
