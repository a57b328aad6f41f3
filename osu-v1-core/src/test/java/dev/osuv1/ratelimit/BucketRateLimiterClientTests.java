package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.osuv1.OsuV1Client;
import dev.osuv1.RateLimitException;
import dev.osuv1.query.ReplayQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link BucketRateLimiter} in an {@link OsuV1Client} talking to a WireMock server, on the real clock: the
 * budgets refill over an hour, so calls past them would wait far longer than max-wait and are refused at once.
 */
class BucketRateLimiterClientTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@BeforeEach
	void startServer() {
		this.server.start();
		this.server.stubFor(get(urlPathEqualTo("/api/get_user")).willReturn(okJson("[]")));
		this.server.stubFor(get(urlPathEqualTo("/api/get_replay"))
			.willReturn(okJson("{\"error\":\"Replay not available.\"}")));
	}

	@AfterEach
	void stopServer() {
		this.server.stop();
	}

	@Test
	void burstOfCallsSendsOnlyWhatTheBudgetAllows() {
		RateLimits limits = new RateLimits(4, Duration.ofHours(1), 1, Duration.ofHours(1), Duration.ofSeconds(1));
		try (OsuV1Client client = client(limits)) {
			List<String> outcomes = Flux.range(1, 10)
				.flatMap((userId) -> client.getUser(userId)
					.then(Mono.just("sent"))
					.onErrorResume(RateLimitException.class, (ex) -> Mono.just("refused")))
				.collectList()
				.block(TIMEOUT);
			assertThat(outcomes).filteredOn("sent"::equals).hasSize(4);
			assertThat(outcomes).filteredOn("refused"::equals).hasSize(6);
		}
		this.server.verify(exactly(4), getRequestedFor(urlPathEqualTo("/api/get_user")));
		assertThat(this.server.getAllServeEvents()).hasSize(4);
	}

	@Test
	void replayDrawsFromBothBudgets() {
		RateLimits limits = new RateLimits(4, Duration.ofHours(1), 1, Duration.ofHours(1), Duration.ofSeconds(1));
		try (OsuV1Client client = client(limits)) {
			assertThat(client.getReplay(ReplayQuery.ofScore(1)).blockOptional(TIMEOUT)).isEmpty();
			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> client.getReplay(ReplayQuery.ofScore(2)).block(TIMEOUT))
				.satisfies((ex) -> {
					assertThat(ex.getStatus()).isZero();
					assertThat(ex.getMessage()).contains("longer than max-wait 1 s (replay budget: 1 get_replay "
							+ "requests per 3600 s)");
					assertThat(ex.getRetryAfter()).isGreaterThan(limits.maxWait());
				});
			for (int userId = 1; userId <= 3; userId++) {
				assertThat(client.getUser(userId).blockOptional(TIMEOUT)).isEmpty();
			}
			assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> client.getUser(4).block(TIMEOUT))
				.withMessageContaining("(general budget: 4 requests per 3600 s)");
		}
		this.server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/get_replay")));
		this.server.verify(exactly(3), getRequestedFor(urlPathEqualTo("/api/get_user")));
		assertThat(this.server.getAllServeEvents()).hasSize(4);
	}

	private OsuV1Client client(RateLimits limits) {
		return OsuV1Client.builder()
			.token("x")
			.baseUrl(this.server.baseUrl())
			.rateLimiter(BucketRateLimiter.create(limits))
			.build();
	}

}
