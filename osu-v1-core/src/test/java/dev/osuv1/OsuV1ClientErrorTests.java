package dev.osuv1;

import java.time.Duration;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.ReplayQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every error shape the API is known to send (osu-api-v1.md sections 0, 1.7 and 9) ends as the right typed
 * {@link OsuApiException}, or as "not found" where the API means that; none leaks the key. Retries are off here:
 * {@code FaultMatrixTests} covers them.
 */
class OsuV1ClientErrorTests {

	private static final String KEY = "feedfacefeedfacefeedfacefeedfacefeedface";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private OsuV1Client client;

	@BeforeEach
	void createClient() {
		this.client = OsuV1Client.builder()
			.token(KEY)
			.baseUrl(server.baseUrl())
			.timeout(Duration.ofSeconds(5))
			.retryPolicy(RetryPolicy.none())
			.build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void invalidKeyIs401WithAnErrorBody() {
		answer(401, "application/json; charset=UTF-8", "{\"error\":\"Please provide a valid API key.\"}");
		InvalidApiKeyException ex = failure(InvalidApiKeyException.class, (c) -> c.getUser("peppy"));
		assertThat(ex.getStatus()).isEqualTo(401);
		assertThat(ex.getApiError()).isEqualTo("Please provide a valid API key.");
		assertThat(ex.getMessage()).contains("get_user").contains("valid API key").doesNotContain(KEY);
	}

	@Test
	void invalidKeyIsRecognisedFromTheBodyWhateverTheStatus() {
		answer(200, "application/json", "{\"error\":\"Please provide a valid API key.\"}");
		failure(InvalidApiKeyException.class, (c) -> c.getBeatmaps(BeatmapQuery.byBeatmapId(1)));
	}

	@Test
	void a401WithoutABodyIsAnInvalidKey() {
		answer(401, "text/html", "");
		assertThat(failure(InvalidApiKeyException.class, (c) -> c.getUser(2)).getStatus()).isEqualTo(401);
	}

	@Test
	void replayNotAvailableWithStatus200IsEmpty() {
		answer(200, "application/json; charset=UTF-8", "{\"error\":\"Replay not available.\"}");
		StepVerifier.create(this.client.getReplay(ReplayQuery.ofScore(1))).verifyComplete();
	}

	@Test
	void replayRetrievalFailedIsATransientServerFailure() {
		answer(200, "application/json", "{\"error\":\"Replay retrieval failed.\"}");
		ServerException ex = failure(ServerException.class, (c) -> c.getReplay(ReplayQuery.ofScore(1)));
		assertThat(ex.getApiError()).isEqualTo("Replay retrieval failed.");
	}

	@Test
	void requestingTooFastIsARateLimit() {
		answer(200, "application/json", "{\"error\":\"Requesting too fast! Slow your operation, cap'n!\"}");
		RateLimitException ex = failure(RateLimitException.class, (c) -> c.getReplay(ReplayQuery.ofScore(1)));
		assertThat(ex.getApiError()).startsWith("Requesting too fast!");
	}

	@Test
	void status429IsARateLimitAndKeepsRetryAfter() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "17")));
		RateLimitException ex = failure(RateLimitException.class, (c) -> c.getUser(2));
		assertThat(ex.getStatus()).isEqualTo(429);
		assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(17));
	}

	@Test
	void errorNullIsATransientServerFailure() {
		answer(200, "application/json", "{\"error\":null}");
		ServerException ex = failure(ServerException.class, (c) -> c.getUser(2));
		assertThat(ex.getApiError()).isNull();
		assertThat(ex.getMessage()).contains("{\"error\":null}");
	}

	@Test
	void anUnknownErrorTextIsKeptOnTheBaseException() {
		answer(400, "application/json", "{\"error\":\"Something new.\"}");
		OsuApiException ex = failure(OsuApiException.class, (c) -> c.getUser(2));
		assertThat(ex).isExactlyInstanceOf(OsuApiException.class);
		assertThat(ex.getStatus()).isEqualTo(400);
		assertThat(ex.getApiError()).isEqualTo("Something new.");
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504, 520 })
	void serverErrorsAreServerFailures(int status) {
		answer(status, "text/html", "<!DOCTYPE html><html><body>cloudflare</body></html>");
		assertThat(failure(ServerException.class, (c) -> c.getUser(2)).getStatus()).isEqualTo(status);
	}

	@Test
	void anHtmlPageWithStatus200IsAServerFailure() {
		answer(200, "text/html; charset=UTF-8", "<!DOCTYPE html>\n<html><head><title>Just a moment...</title></html>");
		assertThat(failure(ServerException.class, (c) -> c.getUser(2)).getMessage()).contains("HTML page");
	}

	@Test
	void anEmptyBodyIsAServerFailure() {
		answer(200, "application/json", "");
		assertThat(failure(ServerException.class, (c) -> c.getBeatmapScores(1)).getMessage()).contains("empty body");
	}

	@Test
	void truncatedJsonIsAServerFailure() {
		String user = TestResponses.text("user.json");
		answer(200, "application/json", user.substring(0, user.length() / 2));
		assertThat(failure(ServerException.class, (c) -> c.getUser(2)).getMessage()).contains("invalid JSON");
	}

	@Test
	void truncatedJsonInAnObjectEndpointIsAServerFailure() {
		answer(200, "application/json", "{\"match\":{\"match_id\":\"1\",");
		failure(ServerException.class, (c) -> c.getMatch(1));
	}

	@Test
	void aFieldOfTheWrongTypeIsADecodingFailure() {
		answer(200, "application/json", "[{\"user_id\":\"not a number\",\"username\":\"x\"}]");
		assertThat(failure(DecodingException.class, (c) -> c.getUser(2)).getMessage()).contains("get_user");
	}

	@Test
	void aNullWhereTheApiNeverSendsOneIsADecodingFailure() {
		answer(200, "application/json", "[{\"user_id\":null,\"username\":\"x\"}]");
		failure(DecodingException.class, (c) -> c.getUser(2));
	}

	@Test
	void anObjectWhereAnArrayIsDueIsADecodingFailure() {
		answer(200, "application/json", "{\"user_id\":\"2\"}");
		failure(DecodingException.class, (c) -> c.getUser(2));
	}

	@Test
	void aMissingRequiredDateIsADecodingFailure() {
		answer(200, "application/json", TestResponses.text("recents.json").replace("\"date\":\"2026-07-03 10:09:35\",", ""));
		assertThat(failure(DecodingException.class, (c) -> c.getUserRecents(2)).getMessage()).contains("'date' is missing");
	}

	@Test
	void aDecodingFailureNamesTheField() {
		answer(200, "application/json", TestResponses.text("recents.json").replace("\"maxcombo\":\"132\"", "\"maxcombo\":null"));
		assertThat(failure(DecodingException.class, (c) -> c.getUserRecents(2)).getMessage()).contains("[0].maxCombo");
	}

	@Test
	void invalidBase64InAReplayIsADecodingFailure() {
		answer(200, "application/json", "{\"content\":\"***\",\"encoding\":\"base64\"}");
		failure(DecodingException.class, (c) -> c.getReplay(ReplayQuery.ofScore(1)));
	}

	@Test
	void aMissingBeatmapFileIsEmpty() {
		answer(200, "text/plain;charset=UTF-8", "");
		StepVerifier.create(this.client.getBeatmapOsu(75)).verifyComplete();
		answer(404, "text/html", "<html>not found</html>");
		StepVerifier.create(this.client.getBeatmapOsu(75)).verifyComplete();
	}

	@Test
	void anHtmlPageInsteadOfABeatmapFileIsAServerFailure() {
		answer(200, "text/html", "<html>oops</html>");
		failure(ServerException.class, (c) -> c.getBeatmapOsu(75));
		answer(502, "text/html", "<html>bad gateway</html>");
		failure(ServerException.class, (c) -> c.getBeatmapOsu(75));
	}

	@Test
	void aConnectionFailureIsAServerFailureWithoutTheKey() {
		OsuV1Client unreachable = this.client.mutate().baseUrl("http://127.0.0.1:1").build();
		try {
			ServerException ex = catchThrowableOfType(ServerException.class,
					() -> unreachable.getUser("peppy").block(Duration.ofSeconds(10)));
			assertThat(ex.getStatus()).isZero();
			assertChainHasNoKey(ex);
		}
		finally {
			unreachable.close();
		}
	}

	@Test
	void aSlowServerIsATimeout() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]").withFixedDelay(3000)));
		OsuV1Client impatient = this.client.mutate().timeout(Duration.ofMillis(300)).build();
		try {
			long start = System.nanoTime();
			RequestTimeoutException ex = catchThrowableOfType(RequestTimeoutException.class,
					() -> impatient.getUser(2).block(Duration.ofSeconds(10)));
			assertThat(ex.getMessage()).contains("no response within");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
		finally {
			impatient.close();
		}
	}

	@Test
	void aBodyLargerThanAllowedIsADecodingFailure() {
		answer(200, "application/json", "[" + "\"x\",".repeat(1000) + "\"x\"]");
		OsuV1Client small = this.client.mutate().maxResponseSize(1024).build();
		try {
			assertThat(catchThrowableOfType(DecodingException.class, () -> small.getUser(2).block()).getMessage())
				.contains("larger than 1024 bytes");
		}
		finally {
			small.close();
		}
	}

	@Test
	void aClosedClientRefusesCalls() {
		this.client.close();
		this.client.close();
		assertThat(this.client.isClosed()).isTrue();
		StepVerifier.create(this.client.getUser(2)).verifyError(IllegalStateException.class);
	}

	private void answer(int status, String contentType, String body) {
		server.stubFor(get(anyUrl())
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
	}

	private <E extends OsuApiException> E failure(Class<E> type, Function<OsuV1Client, ?> call) {
		E ex = catchThrowableOfType(type, () -> {
			Object result = call.apply(this.client);
			if (result instanceof Mono<?> mono) {
				mono.block(Duration.ofSeconds(10));
			}
			else {
				((Flux<?>) result).blockLast(Duration.ofSeconds(10));
			}
		});
		assertThat(ex).as("expected %s", type.getSimpleName()).isNotNull();
		assertChainHasNoKey(ex);
		return ex;
	}

	private static void assertChainHasNoKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			assertThat(String.valueOf(cause.getMessage())).doesNotContain(KEY);
			assertThat(cause.toString()).doesNotContain(KEY);
		}
	}

}
