package dev.osuv1;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RequestKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the {@link ClientListener} events: limiter waits and refusals by budget, retries by reason, and whether
 * the API accepted the key; and that a failing listener changes nothing for the call.
 */
class OsuV1ClientListenerTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String INVALID_KEY = "{\"error\":\"Please provide a valid API key.\"}";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final List<String> events = new CopyOnWriteArrayList<>();

	private OsuV1Client client;

	@AfterEach
	void closeClient() {
		if (this.client != null) {
			this.client.close();
		}
	}

	@Test
	void limiterWaitsAreToldByBudget() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		server.stubFor(get(urlPathEqualTo("/api/get_replay"))
			.willReturn(okJson("{\"error\":\"Replay not available.\"}")));
		this.client = client(RetryPolicy.none(), (kind) -> Mono.delay(Duration.ofMillis(100)).then());
		this.client.getUser("peppy").block();
		this.client.getReplay(ReplayQuery.ofScore(1)).block();
		assertThat(this.events).containsExactly("waited GENERAL", "accepted get_user", "waited REPLAY",
				"accepted get_replay");
	}

	@Test
	void limiterRefusalsAreToldAndNothingIsSent() {
		this.client = client(RetryPolicy.defaults(),
				(kind) -> Mono.error(new RateLimitException("would wait too long", 0, null, Duration.ofMinutes(1))));
		assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> this.client.getUser("peppy").block());
		assertThat(this.events).containsExactly("rejected GENERAL");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void retriesAreToldWithTheirReason() {
		recoverAfter(aResponse().withStatus(503), aResponse().withStatus(429),
				aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html></html>"),
				aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		this.client = client(new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(20), false),
				RateLimiter.unlimited());
		this.client.getUser("peppy").block();
		assertThat(this.events).filteredOn((event) -> !event.startsWith("waited"))
			.containsExactly("retrying get_user SERVER_ERROR", "retrying get_user RATE_LIMITED",
					"retrying get_user BAD_RESPONSE", "retrying get_user CONNECTION", "accepted get_user");
	}

	@Test
	void aTimeoutIsRetriedAsSuch() {
		recoverAfter(okJson("[]").withFixedDelay(1000));
		this.client = client(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), false),
				RateLimiter.unlimited())
			.mutate()
			.timeout(Duration.ofMillis(300))
			.build();
		this.client.getUser("peppy").block();
		assertThat(this.events).contains("retrying get_user TIMEOUT");
	}

	@Test
	void aRefusedKeyIsToldUntilAnAnswerAcceptsIt() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(INVALID_KEY)));
		this.client = client(RetryPolicy.defaults(), RateLimiter.unlimited());
		assertThatExceptionOfType(InvalidApiKeyException.class)
			.isThrownBy(() -> this.client.getUser("peppy").block());
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		this.client.getUser("peppy").block();
		assertThat(this.events).filteredOn((event) -> !event.startsWith("waited"))
			.containsExactly("key rejected get_user: get_user: Please provide a valid API key. (HTTP 401)",
					"accepted get_user");
	}

	@Test
	void beatmapFilesSayNothingOfTheKey() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("osu file format v14")));
		this.client = client(RetryPolicy.none(), RateLimiter.unlimited());
		this.client.getBeatmapOsu(75).block();
		assertThat(this.events).containsExactly("waited GENERAL");
	}

	@Test
	void aFailingListenerChangesNothingForTheCall() {
		server.stubFor(get(anyUrl()).willReturn(okJson(TestResponses.text("user.json"))));
		ClientListener failing = new ClientListener() {

			@Override
			public void limiterWaited(RequestKind budget, Duration wait) {
				throw new IllegalStateException("broken listener");
			}

			@Override
			public void keyAccepted(String endpoint) {
				throw new IllegalStateException("broken listener");
			}

		};
		this.client = OsuV1Client.builder()
			.token(KEY)
			.baseUrl(server.baseUrl())
			.listener(failing)
			.listener(recorder())
			.build();
		assertThat(this.client.getUser("peppy").block()).isNotNull();
		assertThat(this.events).containsExactly("waited GENERAL", "accepted get_user");
	}

	private void recoverAfter(ResponseDefinitionBuilder... failures) {
		String state = Scenario.STARTED;
		for (int i = 0; i < failures.length; i++) {
			String next = "failed " + (i + 1);
			server.stubFor(get(anyUrl()).inScenario("recovering")
				.whenScenarioStateIs(state)
				.willSetStateTo(next)
				.willReturn(failures[i]));
			state = next;
		}
		server.stubFor(get(anyUrl()).inScenario("recovering").whenScenarioStateIs(state).willReturn(okJson("[]")));
	}

	private OsuV1Client client(RetryPolicy retryPolicy, RateLimiter rateLimiter) {
		return OsuV1Client.builder()
			.token(KEY)
			.baseUrl(server.baseUrl())
			.retryPolicy(retryPolicy)
			.rateLimiter(rateLimiter)
			.listener(recorder())
			.build();
	}

	private ClientListener recorder() {
		return new ClientListener() {

			@Override
			public void limiterWaited(RequestKind budget, Duration wait) {
				OsuV1ClientListenerTests.this.events.add("waited " + budget);
			}

			@Override
			public void limiterRejected(RequestKind budget) {
				OsuV1ClientListenerTests.this.events.add("rejected " + budget);
			}

			@Override
			public void retrying(String endpoint, RetryReason reason) {
				OsuV1ClientListenerTests.this.events.add("retrying " + endpoint + " " + reason);
			}

			@Override
			public void keyAccepted(String endpoint) {
				OsuV1ClientListenerTests.this.events.add("accepted " + endpoint);
			}

			@Override
			public void keyRejected(String endpoint, InvalidApiKeyException failure) {
				OsuV1ClientListenerTests.this.events.add("key rejected " + endpoint + ": " + failure.getMessage());
			}

		};
	}

}
