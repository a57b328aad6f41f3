package dev.osuv1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for shared in-flight calls: identical calls under way share one request and one rate-limit token, and its
 * answer or failure; other calls, and calls after it ended, send their own.
 */
class OsuV1ClientCoalescingTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final Duration DELAY = Duration.ofMillis(500);

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final AtomicInteger tokens = new AtomicInteger();

	private final AtomicInteger coalesced = new AtomicInteger();

	private final List<OsuV1Client> clients = new ArrayList<>();

	@AfterEach
	void closeClients() {
		this.clients.forEach(OsuV1Client::close);
	}

	@Test
	void hundredConcurrentIdenticalCallsSendOneRequestAndTakeOneToken() {
		answer(okJson(TestResponses.text("user.json")).withFixedDelay((int) DELAY.toMillis()));
		OsuV1Client client = client(true);
		List<User> users = Flux.range(0, 100).flatMap((i) -> client.getUser("peppy"), 100).collectList().block();
		assertThat(users).hasSize(100).allSatisfy((user) -> assertThat(user).isEqualTo(users.get(0)));
		assertThat(server.getAllServeEvents()).hasSize(1);
		assertThat(this.tokens).hasValue(1);
		assertThat(this.coalesced).hasValue(99);
	}

	@Test
	void callsWithOtherParametersAreNotShared() {
		answer(okJson("[]").withFixedDelay((int) DELAY.toMillis()));
		OsuV1Client client = client(true);
		Flux.merge(client.getUser("peppy"), client.getUser("Cookiezi"), client.getUser(2), client.getUserBests("peppy"))
			.collectList()
			.block();
		assertThat(server.getAllServeEvents()).hasSize(4);
		assertThat(this.coalesced).hasValue(0);
	}

	@Test
	void aFailureReachesEveryCallThatSharedTheRequest() {
		answer(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Please provide a valid API key.\"}")
			.withFixedDelay((int) DELAY.toMillis()));
		OsuV1Client client = client(true);
		List<String> outcomes = Flux.range(0, 20)
			.flatMap((i) -> client.getUser("peppy")
				.map((user) -> "user")
				.onErrorResume((ex) -> Mono.just(ex.getClass().getSimpleName())), 20)
			.collectList()
			.block();
		assertThat(outcomes).hasSize(20).containsOnly("InvalidApiKeyException");
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void aCallAfterTheSharedOneEndedSendsItsOwnRequest() {
		answer(okJson("[]"));
		OsuV1Client client = client(true);
		client.getUser("peppy").block();
		client.getUser("peppy").block();
		assertThat(server.getAllServeEvents()).hasSize(2);
		assertThat(this.coalesced).hasValue(0);
	}

	@Test
	void aCallerCancellingLeavesTheOthersTheirAnswer() throws Exception {
		answer(okJson(TestResponses.text("user.json")).withFixedDelay((int) DELAY.toMillis()));
		OsuV1Client client = client(true);
		Disposable cancelled = client.getUser("peppy").subscribe();
		CompletableFuture<User> kept = client.getUser("peppy").toFuture();
		cancelled.dispose();
		assertThat(kept.get(10, TimeUnit.SECONDS)).isNotNull();
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenEveryCallerCancelledTheNextCallSendsItsOwnRequest() {
		answer(okJson("[]").withFixedDelay((int) DELAY.toMillis()));
		OsuV1Client client = client(true);
		client.getUser("peppy").subscribe().dispose();
		client.getUser("peppy").block(Duration.ofSeconds(10));
		assertThat(this.coalesced).hasValue(0);
	}

	@Test
	void withoutCoalescingEveryCallSendsItsOwnRequest() {
		answer(okJson("[]").withFixedDelay((int) DELAY.toMillis()));
		OsuV1Client client = client(false);
		Flux.range(0, 10).flatMap((i) -> client.getUser("peppy"), 10).collectList().block();
		assertThat(server.getAllServeEvents()).hasSize(10);
		assertThat(this.tokens).hasValue(10);
		assertThat(client.isCoalescing()).isFalse();
	}

	private static void answer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		server.stubFor(get(anyUrl()).willReturn(response));
	}

	private OsuV1Client client(boolean coalesce) {
		OsuV1Client client = OsuV1Client.builder()
			.token(KEY)
			.baseUrl(server.baseUrl())
			.coalesce(coalesce)
			.rateLimiter((kind) -> Mono.fromRunnable(this.tokens::incrementAndGet))
			.listener(new ClientListener() {

				@Override
				public void coalesced(String endpoint) {
					OsuV1ClientCoalescingTests.this.coalesced.incrementAndGet();
				}

			})
			.build();
		this.clients.add(client);
		return client;
	}

}
