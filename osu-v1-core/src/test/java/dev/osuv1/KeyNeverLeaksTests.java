package dev.osuv1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.model.Gamemode;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API key never appears in a log line at any level (WebClient's request details and Reactor Netty's debug
 * logging included), in an exception's message or cause chain, or in a {@code toString()}, through every endpoint
 * and every failure. Only the client's side is scanned: the test server's own logs (WireMock, Jetty) are not the
 * project's.
 */
class KeyNeverLeaksTests {

	private static final String KEY = "5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e7beef";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final List<String> logged = new ArrayList<>();

	private final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			if (!isTestServer(event.getLoggerName())) {
				String stack = (event.getThrowableProxy() != null)
						? ThrowableProxyUtil.asString(event.getThrowableProxy()) : "";
				synchronized (KeyNeverLeaksTests.this.logged) {
					KeyNeverLeaksTests.this.logged.add(event.getLoggerName() + " " + event.getFormattedMessage() + stack);
				}
			}
		}

	};

	private final List<Throwable> failures = new ArrayList<>();

	private OsuV1Client client;

	@BeforeEach
	void logEverything() {
		Logger root = rootLogger();
		root.setLevel(Level.TRACE);
		this.capture.setContext(root.getLoggerContext());
		this.capture.start();
		root.addAppender(this.capture);
		WebClient.Builder detailedLogging = WebClient.builder()
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true));
		this.client = OsuV1Client.builder()
			.token(KEY)
			.baseUrl(server.baseUrl())
			.webClientBuilder(detailedLogging)
			.timeout(Duration.ofSeconds(2))
			.retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), true))
			.build();
	}

	@AfterEach
	void restoreLogging() {
		this.client.close();
		Logger root = rootLogger();
		root.detachAppender(this.capture);
		root.setLevel(Level.WARN);
	}

	@Test
	void theKeyIsInNoLogLineExceptionOrTextOfAnyEndpointOrFailure() {
		serveEveryEndpoint();
		callEveryEndpoint();
		failEveryWay();
		assertThat(server.findAll(getRequestedFor(anyUrl()))).as("requests made").hasSizeGreaterThan(20)
			.anySatisfy((request) -> assertThat(request.queryParameter("k").firstValue()).isEqualTo(KEY));
		assertThat(this.logged).as("log lines captured at TRACE").hasSizeGreaterThan(100)
			.anySatisfy((line) -> assertThat(line).startsWith("reactor.netty").contains("/api/get_user"))
			.anySatisfy((line) -> assertThat(line).startsWith("org.springframework.web.reactive").contains("/api/get_user"));
		assertThat(this.logged).allSatisfy((line) -> assertThat(line).doesNotContain(KEY));
		assertThat(this.failures).hasSizeGreaterThan(8);
		for (Throwable failure : this.failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				assertThat(cause.toString()).doesNotContain(KEY);
				assertThat(String.valueOf(cause.getMessage())).doesNotContain(KEY);
				for (Throwable suppressed : cause.getSuppressed()) {
					assertThat(suppressed.toString()).doesNotContain(KEY);
				}
			}
		}
		assertThat(this.client.toString()).doesNotContain(KEY);
		assertThat(this.client.mutate().toString()).doesNotContain(KEY);
	}

	private void serveEveryEndpoint() {
		server.stubFor(get(urlPathEqualTo("/api/get_user")).willReturn(okJson(TestResponses.text("user.json"))));
		server.stubFor(get(urlPathEqualTo("/api/get_user_best")).willReturn(okJson(TestResponses.text("recents.json"))));
		server.stubFor(get(urlPathEqualTo("/api/get_user_recent")).willReturn(okJson(TestResponses.text("recents.json"))));
		server.stubFor(get(urlPathEqualTo("/api/get_scores")).willReturn(okJson(TestResponses.text("scores.json"))));
		server.stubFor(get(urlPathEqualTo("/api/get_beatmaps")).willReturn(okJson(TestResponses.text("beatmaps.json"))));
		server.stubFor(get(urlPathEqualTo("/api/get_match")).willReturn(okJson(TestResponses.text("match.json"))));
		server.stubFor(get(urlPathEqualTo("/api/get_replay")).willReturn(okJson(TestResponses.text("replay.json"))));
		server.stubFor(get(urlPathEqualTo("/osu/42")).willReturn(aResponse().withBody(TestResponses.bytes("beatmap.osu"))));
	}

	private void callEveryEndpoint() {
		this.client.getUser(UserQuery.of("Test Player").withEventDays(3)).block();
		this.client.getUserBests(2).collectList().block();
		this.client.getUserRecents("x").collectList().block();
		this.client.getBeatmapScores(BeatmapScoresQuery.of(1).withUser(UserRef.id(2))).collectList().block();
		this.client.getBeatmaps(BeatmapQuery.byBeatmapId(1).withMode(Gamemode.OSU)).collectList().block();
		this.client.getMatch(1).block();
		this.client.getReplay(ReplayQuery.of(1, UserRef.name("y"))).block();
		this.client.getBeatmapOsu(42).block();
	}

	private void failEveryWay() {
		fail("{\"error\":\"Please provide a valid API key.\"}", 401, (c) -> c.getUser(2));
		fail("{\"error\":\"Requesting too fast! Slow your operation, cap'n!\"}", 200,
				(c) -> c.getReplay(ReplayQuery.ofScore(3)));
		fail("{\"error\":\"Replay retrieval failed.\"}", 200, (c) -> c.getReplay(ReplayQuery.ofScore(3)));
		fail("{\"error\":null}", 200, (c) -> c.getMatch(1));
		fail("<html>bad gateway</html>", 502, (c) -> c.getBeatmaps(BeatmapQuery.byBeatmapsetId(1)));
		fail("", 200, (c) -> c.getUserBests(1));
		fail("[{\"user_id\":", 200, (c) -> c.getUser(1));
		fail("[{\"user_id\":\"x\"}]", 200, (c) -> c.getUser(1));
		fail("", 429, (c) -> c.getBeatmapScores(1));
		for (Fault fault : Fault.values()) {
			server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(fault)));
			record((c) -> c.getUser(5));
		}
		server.stubFor(get(anyUrl()).willReturn(okJson("[]").withFixedDelay(5000)));
		record((c) -> c.getUser(6));
		OsuV1Client unreachable = this.client.mutate().baseUrl("http://127.0.0.1:1").build();
		try {
			record((c) -> unreachable.getUser(7));
		}
		finally {
			unreachable.close();
		}
	}

	private void fail(String body, int status, Function<OsuV1Client, Object> call) {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
		record(call);
	}

	private void record(Function<OsuV1Client, Object> call) {
		try {
			Object result = call.apply(this.client);
			if (result instanceof Mono<?> mono) {
				mono.block(Duration.ofSeconds(20));
			}
			else {
				((Flux<?>) result).blockLast(Duration.ofSeconds(20));
			}
		}
		catch (RuntimeException ex) {
			this.failures.add(ex);
		}
	}

	private static boolean isTestServer(String loggerName) {
		return loggerName.startsWith("wiremock") || loggerName.startsWith("com.github.tomakehurst")
				|| loggerName.startsWith("org.eclipse.jetty");
	}

	private static Logger rootLogger() {
		return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
