package dev.osuv1;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.osuv1.model.User;
import dev.osuv1.query.ReplayQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jspecify.annotations.Nullable;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every fault the API and its network are known for, against a real server: for each, what the caller gets, how
 * many requests the server received, and how long it took at most. The connection pool holds no connection after
 * any of them.
 */
class FaultMatrixTests {

	private static final int ATTEMPTS = 3;

	private static final Duration TIMEOUT = Duration.ofMillis(1000);

	private static final Duration MAX_BACKOFF = Duration.ofMillis(200);

	/** The most a call may take: every attempt timing out, every wait at its longest, and scheduling slack. */
	private static final Duration BOUND = TIMEOUT.plus(MAX_BACKOFF).multipliedBy(ATTEMPTS).plusSeconds(2);

	private static final String USER = TestResponses.text("user.json");

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(64))
		.build();

	private static OsuV1Client client;

	@BeforeAll
	static void createClient() {
		client = OsuV1Client.builder()
			.token("0000000000000000000000000000000000000000")
			.baseUrl(server.baseUrl())
			.timeout(TIMEOUT)
			.connectTimeout(Duration.ofSeconds(1))
			.retryPolicy(new RetryPolicy(ATTEMPTS, Duration.ofMillis(50), MAX_BACKOFF, true))
			.build();
		// the first call of a fresh JVM loads Netty, WebClient and Jackson, which takes longer than TIMEOUT here
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		try (OsuV1Client warmUp = client.mutate().timeout(Duration.ofSeconds(30)).build()) {
			warmUp.getUser(1).blockOptional();
		}
		client.getUser(1).blockOptional();
		server.resetAll();
	}

	@AfterEach
	void noConnectionIsLeftInUse() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (client.connectionsInUse() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(client.connectionsInUse()).as("connections still in use").isZero();
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	static Stream<Arguments> alwaysFailing() {
		return Stream.of(
				fault("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ServerException.class,
						ATTEMPTS),
				fault("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE), ServerException.class, ATTEMPTS),
				fault("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), ServerException.class,
						ATTEMPTS),
				fault("random data then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
						ServerException.class, ATTEMPTS),
				fault("slow body", okJson(USER).withChunkedDribbleDelay(5, 2500), RequestTimeoutException.class,
						ATTEMPTS),
				fault("no answer in time", okJson(USER).withFixedDelay(2500), RequestTimeoutException.class, ATTEMPTS),
				fault("502 HTML page", html(502), ServerException.class, ATTEMPTS),
				fault("503", aResponse().withStatus(503), ServerException.class, ATTEMPTS),
				fault("200 HTML page", html(200), ServerException.class, ATTEMPTS),
				fault("200 empty body", json(200, ""), ServerException.class, ATTEMPTS),
				fault("200 truncated JSON", json(200, USER.substring(0, 100)), ServerException.class, ATTEMPTS),
				fault("error null", json(200, "{\"error\":null}"), ServerException.class, ATTEMPTS),
				fault("replay retrieval failed", json(200, "{\"error\":\"Replay retrieval failed.\"}"),
						ServerException.class, ATTEMPTS),
				fault("requesting too fast", json(200, "{\"error\":\"Requesting too fast! Slow your operation, cap'n!\"}"),
						RateLimitException.class, ATTEMPTS),
				fault("429", aResponse().withStatus(429), RateLimitException.class, ATTEMPTS),
				fault("429 asking for longer than max-backoff", aResponse().withStatus(429).withHeader("Retry-After", "60"),
						RateLimitException.class, 1),
				fault("401 invalid key", json(401, "{\"error\":\"Please provide a valid API key.\"}"),
						InvalidApiKeyException.class, 1),
				fault("400 other error", json(400, "{\"error\":\"Bad request.\"}"), OsuApiException.class, 1),
				fault("404 without body", aResponse().withStatus(404), OsuApiException.class, 1),
				fault("wrong shape", json(200, "[{\"user_id\":\"x\"}]"), DecodingException.class, 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("alwaysFailing")
	void aFaultThatLastsEndsInItsTypedException(String name, ResponseDefinitionBuilder response,
			Class<? extends OsuApiException> expected, int requests) {
		server.stubFor(get(anyUrl()).willReturn(response));
		long start = System.nanoTime();
		Throwable failure = catchThrowable(() -> client.getUser(2).block(BOUND.multipliedBy(2)));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(failure).isInstanceOf(expected);
		assertThat(server.findAll(getRequestedFor(anyUrl()))).as("requests received").hasSize(requests);
		assertThat(((OsuApiException) failure).getAttempts()).isEqualTo(requests);
		if (requests > 1) {
			assertThat(failure.getMessage()).endsWith("(after " + requests + " attempts)");
		}
		assertThat(took).as("time taken").isLessThan(BOUND);
	}

	static Stream<Arguments> failingOnce() {
		return alwaysFailing().filter((arguments) -> (int) arguments.get()[3] == ATTEMPTS)
			.map((arguments) -> Arguments.of(arguments.get()[0], arguments.get()[1]));
	}

	@ParameterizedTest(name = "{0}, then success")
	@MethodSource("failingOnce")
	void aFaultThatPassesIsRiddenThrough(String name, ResponseDefinitionBuilder response) {
		server.stubFor(get(anyUrl()).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("recovered")
			.willReturn(response));
		server.stubFor(get(anyUrl()).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(okJson(USER)));
		long start = System.nanoTime();
		User user = client.getUser(2).block(BOUND);
		assertThat(user.username()).isEqualTo("Test Player");
		assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSize(2);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
	}

	@Test
	void twoTooManyRequestsThenSuccessSendsThreeRequests() {
		failThenSucceed(List.of(aResponse().withStatus(429), aResponse().withStatus(429)), okJson(USER));
		assertThat(client.getUser(2).block(BOUND).userId()).isEqualTo(4242L);
		assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSize(3);
	}

	@Test
	void retryAfterIsWaitedWhenItIsShortEnough() {
		failThenSucceed(List.of(aResponse().withStatus(429).withHeader("Retry-After", "1")), okJson(USER));
		OsuV1Client patient = client.mutate()
			.retryPolicy(new RetryPolicy(ATTEMPTS, Duration.ofMillis(10), Duration.ofSeconds(2), false))
			.build();
		try {
			long start = System.nanoTime();
			assertThat(patient.getUser(2).block(BOUND)).isNotNull();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		}
		finally {
			patient.close();
		}
	}

	@Test
	void replayNotAvailableIsNotRetried() {
		server.stubFor(get(anyUrl()).willReturn(json(200, "{\"error\":\"Replay not available.\"}")));
		assertThat(client.getReplay(ReplayQuery.ofScore(1)).blockOptional(BOUND)).isEmpty();
		assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSize(1);
	}

	@Test
	void aRefusedConnectionIsRetriedAndFailsAsAServerFailure() {
		OsuV1Client unreachable = client.mutate().baseUrl("http://127.0.0.1:1").build();
		try {
			ServerException failure = (ServerException) catchThrowable(() -> unreachable.getUser(2).block(BOUND));
			assertThat(failure).isInstanceOf(ServerException.class);
			assertThat(failure.getAttempts()).isEqualTo(ATTEMPTS);
		}
		finally {
			unreachable.close();
		}
	}

	@Test
	void everyRetryAsksTheRateLimiterAgain() {
		java.util.concurrent.atomic.AtomicInteger permits = new java.util.concurrent.atomic.AtomicInteger();
		OsuV1Client counted = client.mutate().rateLimiter((kind) -> reactor.core.publisher.Mono.fromRunnable(
				permits::incrementAndGet)).build();
		try {
			server.stubFor(get(anyUrl()).willReturn(html(502)));
			catchThrowable(() -> counted.getUser(2).block(BOUND));
			assertThat(permits).hasValue(ATTEMPTS);
			assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSize(ATTEMPTS);
		}
		finally {
			counted.close();
		}
	}

	@Test
	void aLocalRateLimitIsNotRetriedAndSendsNothing() {
		OsuV1Client refused = client.mutate()
			.rateLimiter((kind) -> reactor.core.publisher.Mono
				.error(new RateLimitException("local limiter: wait too long", 0, null, Duration.ofMinutes(1))))
			.build();
		try {
			assertThat(catchThrowable(() -> refused.getUser(2).block(BOUND))).isInstanceOf(RateLimitException.class);
			assertThat(server.findAll(getRequestedFor(anyUrl()))).isEmpty();
		}
		finally {
			refused.close();
		}
	}

	private static void failThenSucceed(List<ResponseDefinitionBuilder> failures, ResponseDefinitionBuilder success) {
		String state = Scenario.STARTED;
		for (int i = 0; i < failures.size(); i++) {
			String next = "failed " + (i + 1);
			server.stubFor(get(anyUrl()).inScenario("recovering")
				.whenScenarioStateIs(state)
				.willSetStateTo(next)
				.willReturn(failures.get(i)));
			state = next;
		}
		server.stubFor(get(anyUrl()).inScenario("recovering").whenScenarioStateIs(state).willReturn(success));
	}

	private static Arguments fault(String name, ResponseDefinitionBuilder response,
			@Nullable Class<? extends OsuApiException> expected, int requests) {
		return Arguments.of(name, response, expected, requests);
	}

	private static ResponseDefinitionBuilder html(int status) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "text/html; charset=UTF-8")
			.withBody("<!DOCTYPE html><html><head><title>502 Bad gateway</title></head><body>cloudflare</body></html>");
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
			.withBody(body);
	}

}
