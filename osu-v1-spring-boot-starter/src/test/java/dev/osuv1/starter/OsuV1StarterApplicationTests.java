package dev.osuv1.starter;

import java.io.IOException;
import java.io.InputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.osuv1.OsuV1Client;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.User;
import dev.osuv1.starter.app.PlayerLookup;
import dev.osuv1.starter.app.StarterApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots {@link StarterApplication}, which has nothing but the starter and {@code application.yml}, and calls the API
 * through the injected client, against a WireMock server standing in for osu!.
 */
@SpringBootTest(classes = StarterApplication.class)
class OsuV1StarterApplicationTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final WireMockServer server = startServer();

	@Autowired
	private OsuV1Client client;

	@Autowired
	private PlayerLookup playerLookup;

	@DynamicPropertySource
	static void pointTheClientAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("osu.v1.base-url", server::baseUrl);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@Test
	void injectedClientCallsTheApiWithTheConfiguredKey() {
		User user = this.playerLookup.find("Starter Tester", Gamemode.MANIA).orElseThrow();
		assertThat(user.userId()).isEqualTo(1001);
		assertThat(user.username()).isEqualTo("Starter Tester");
		assertThat(user.country()).isEqualTo("DE");
		assertThat(user.ppRaw()).isEqualTo(3210.25);
		assertThat(user.rankedScore()).isEqualTo(123456789L);
		LoggedRequest request = server.findAll(getRequestedFor(urlPathEqualTo("/api/get_user"))).get(0);
		assertThat(request.queryParameter("k").values()).containsExactly(KEY);
		assertThat(request.queryParameter("u").values()).containsExactly("Starter Tester");
		assertThat(request.queryParameter("type").values()).containsExactly("string");
		assertThat(request.queryParameter("m").values()).containsExactly("3");
	}

	@Test
	void clientIsTheAutoConfiguredOne() {
		assertThat(this.client.getBaseUrl()).isEqualTo(server.baseUrl());
		assertThat(this.client.toString()).doesNotContain(KEY);
	}

	private static WireMockServer startServer() {
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
		server.start();
		server.stubFor(get(urlPathEqualTo("/api/get_user"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(userJson())));
		return server;
	}

	private static byte[] userJson() {
		try (InputStream in = OsuV1StarterApplicationTests.class.getResourceAsStream("user.json")) {
			assertThat(in).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
