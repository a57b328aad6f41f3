package dev.osuv1.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.osuv1.OsuV1Client;
import dev.osuv1.ratelimit.EmbeddedRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients in separate application contexts, one of them in a second JVM, keeping one budget in a real redis-server,
 * checked by when their requests reach a WireMock server.
 */
class SharedRedisBudgetTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String OTHER_KEY = "fedcba9876543210fedcba9876543210fedcba98";

	/** N: the general budget. */
	private static final int N = 5;

	/** P: its period; a token refills every P / N = 0.4 s. */
	private static final Duration P = Duration.ofSeconds(2);

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static EmbeddedRedis redis;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class));

	@BeforeAll
	static void startRedis() {
		redis = EmbeddedRedis.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@BeforeEach
	void answerEmptyListsWithAnEmptyRedis() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		try (RedisClient client = RedisClient.create(redis.url());
				StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().flushall();
		}
	}

	/**
	 * Three clients on one key with the limiter at N per P, each sending 2N calls at once, put at most N + N requests
	 * in any window of length P at the server and finish all 6N calls, none lost.
	 */
	@Test
	void threeClientsOnOneKeyInTwoJvmsStayInsideOneBudget() throws Exception {
		String[] properties = properties(KEY, "osu.v1.limiter.max-wait=30s");
		AtomicReference<Tuple2<Burst, Burst>> inThisJvm = new AtomicReference<>();
		Burst inChild;
		try (ClientProcess child = ClientProcess.start(SharedBudgetClientProcess.class, properties)) {
			child.awaitLine("READY", TIMEOUT);
			this.contextRunner.withPropertyValues(properties)
				.run((first) -> this.contextRunner.withPropertyValues(properties).run((second) -> {
					OsuV1Client firstClient = first.getBean(OsuV1Client.class);
					OsuV1Client secondClient = second.getBean(OsuV1Client.class);
					warmUp(firstClient, secondClient);
					child.send("GO " + 2 * N);
					inThisJvm.set(send(firstClient, secondClient).block(TIMEOUT));
				}));
			inChild = parse(child.awaitLine("DONE", TIMEOUT));
		}
		List<Duration> arrivals = arrivals();
		assertThat(inThisJvm.get().getT1()).as("first context").isEqualTo(new Burst(2 * N, 0));
		assertThat(inThisJvm.get().getT2()).as("second context").isEqualTo(new Burst(2 * N, 0));
		assertThat(inChild).as("second JVM").isEqualTo(new Burst(2 * N, 0));
		assertThat(arrivals).as("requests at the server").hasSize(6 * N);
		assertThat(maxInWindow(arrivals, P)).as("most requests in a window of P").isLessThanOrEqualTo(2 * N);
		// one budget: N at once, then one every P / N, so the 6N take (6N - N) * P / N = 10 s, not 2 s as three would
		assertThat(arrivals.get(arrivals.size() - 1).minus(arrivals.get(0))).isGreaterThan(Duration.ofSeconds(9));
	}

	@Test
	void twoClientsOnTwoKeysDoNotShareABudget() throws Exception {
		// a budget that does not refill in the test, and no waiting: what is not in the budget is refused
		this.contextRunner.withPropertyValues(properties(KEY, "osu.v1.limiter.period=1h", "osu.v1.limiter.max-wait=1ms"))
			.run((first) -> this.contextRunner
				.withPropertyValues(properties(OTHER_KEY, "osu.v1.limiter.period=1h", "osu.v1.limiter.max-wait=1ms"))
				.run((second) -> {
					Tuple2<Burst, Burst> bursts = send(first.getBean(OsuV1Client.class),
							second.getBean(OsuV1Client.class))
						.block(TIMEOUT);
					assertThat(bursts.getT1()).isEqualTo(new Burst(N, N));
					assertThat(bursts.getT2()).isEqualTo(new Burst(N, N));
				}));
		server.verify(N, getRequestedFor(urlPathEqualTo("/api/get_user")).withQueryParam("k", equalTo(KEY)));
		server.verify(N, getRequestedFor(urlPathEqualTo("/api/get_user")).withQueryParam("k", equalTo(OTHER_KEY)));
	}

	/**
	 * Sends one call through each client, so that what a first call costs (opening connections to Redis and to the
	 * server, loading classes) does not delay the burst's first requests, which would bunch them up with later ones
	 * at the server; then forgets those calls and waits for the budget to refill. The second JVM did the same before
	 * it said READY.
	 */
	private static void warmUp(OsuV1Client... clients) throws InterruptedException {
		for (OsuV1Client client : clients) {
			client.getUser("warm-up").block(TIMEOUT);
		}
		Thread.sleep(P.toMillis());
		server.resetRequests();
	}

	private static String[] properties(String token, String... more) {
		List<String> properties = new ArrayList<>(List.of("osu.v1.token=" + token,
				"osu.v1.base-url=" + server.baseUrl(), "osu.v1.limiter.store=redis",
				"osu.v1.limiter.redis.url=" + redis.url(), "osu.v1.limiter.requests=" + N,
				"osu.v1.limiter.period=" + P.toSeconds() + "s", "osu.v1.retry.max-attempts=1"));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	private static Mono<Tuple2<Burst, Burst>> send(OsuV1Client first, OsuV1Client second) {
		return Mono.zip(Burst.send(first, 2 * N), Burst.send(second, 2 * N));
	}

	private static Burst parse(String done) {
		String[] counts = done.split(" ");
		return new Burst(Long.parseLong(counts[1]), Long.parseLong(counts[2]));
	}

	/**
	 * Returns when each request reached the server, in order, from the first.
	 */
	private static List<Duration> arrivals() {
		List<Long> millis = server.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.map((request) -> request.getLoggedDate().getTime())
			.sorted()
			.toList();
		return millis.stream().map((time) -> Duration.ofMillis(time - millis.get(0))).toList();
	}

	/**
	 * Returns the most arrivals inside any closed window {@code [t, t + length]}; a window holding the most can always
	 * be slid right until it starts at an arrival, so only those windows are counted.
	 */
	private static int maxInWindow(List<Duration> times, Duration length) {
		int max = 0;
		for (Duration start : times) {
			Duration end = start.plus(length);
			max = Math.max(max, (int) times.stream().filter((t) -> t.compareTo(start) >= 0 && t.compareTo(end) <= 0)
				.count());
		}
		return max;
	}

}
