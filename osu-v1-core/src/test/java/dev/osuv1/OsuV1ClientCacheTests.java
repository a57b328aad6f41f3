package dev.osuv1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
 * Tests for the {@link ResponseCache}: a call repeated within its endpoint's time to live is answered from the cache
 * without a request, "not found" included; failures are never stored; keys are paths and queries without the key.
 */
class OsuV1ClientCacheTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final MapCache cache = new MapCache();

	private final List<String> events = new ArrayList<>();

	private final OsuV1Client client = OsuV1Client.builder()
		.token(KEY)
		.baseUrl(server.baseUrl())
		.retryPolicy(RetryPolicy.none())
		.responseCache(this.cache)
		.listener(new ClientListener() {

			@Override
			public void cacheHit(String endpoint) {
				OsuV1ClientCacheTests.this.events.add("hit " + endpoint);
			}

			@Override
			public void cacheMissed(String endpoint) {
				OsuV1ClientCacheTests.this.events.add("miss " + endpoint);
			}

		})
		.build();

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void aRepeatedCallIsAnsweredFromTheCache() {
		server.stubFor(get(anyUrl()).willReturn(okJson(TestResponses.text("user.json"))));
		assertThat(this.client.getUser("peppy").block()).isEqualTo(this.client.getUser("peppy").block());
		assertThat(server.getAllServeEvents()).hasSize(1);
		assertThat(this.events).containsExactly("miss get_user", "hit get_user");
		assertThat(this.cache.entries).containsOnlyKeys("/api/get_user?u=peppy&type=string&m=0");
	}

	@Test
	void notFoundIsCachedToo() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		assertThat(this.client.getUser("nobody").blockOptional()).isEmpty();
		assertThat(this.client.getUser("nobody").blockOptional()).isEmpty();
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void beatmapFilesKeepTheirBytesAndNameThroughTheCache() {
		server.stubFor(get(urlPathEqualTo("/osu/75")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain;charset=UTF-8")
			.withHeader("Content-Disposition", "attachment; filename=\"a - b (c) [d].osu\"")
			.withBody(TestResponses.bytes("beatmap.osu"))));
		var first = this.client.getBeatmapOsu(75).block();
		var second = this.client.getBeatmapOsu(75).block();
		assertThat(second.content()).isEqualTo(first.content());
		assertThat(second).isEqualTo(first);
		assertThat(server.getAllServeEvents()).hasSize(1);
		assertThat(this.cache.entries).containsOnlyKeys("/osu/75");
	}

	@Test
	void anExpiredAnswerIsAskedForAgain() throws InterruptedException {
		this.cache.timeToLive = Duration.ofMillis(200);
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		this.client.getUser("peppy").block();
		Thread.sleep(300);
		this.client.getUser("peppy").block();
		assertThat(server.getAllServeEvents()).hasSize(2);
		assertThat(this.events).containsExactly("miss get_user", "miss get_user");
	}

	@Test
	void failuresAreNotCached() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(ServerException.class).isThrownBy(() -> this.client.getUser("peppy").block());
		assertThat(this.cache.entries).isEmpty();
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		assertThat(this.client.getUser("peppy").blockOptional()).isEmpty();
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void anEndpointWithoutTimeToLiveIsNeitherLookedUpNorStored() {
		this.cache.timeToLive = Duration.ZERO;
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		this.client.getUser("peppy").block();
		this.client.getUser("peppy").block();
		assertThat(server.getAllServeEvents()).hasSize(2);
		assertThat(this.cache.gets).hasValue(0);
		assertThat(this.cache.entries).isEmpty();
		assertThat(this.events).isEmpty();
	}

	@Test
	void aCacheThatFailsCountsAsEmpty() {
		this.cache.failing = true;
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		assertThat(this.client.getUser("peppy").blockOptional()).isEmpty();
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void keysNeverHoldTheKey() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
		this.client.getUser("peppy").block();
		this.client.getBeatmapScores(75).collectList().block();
		assertThat(this.cache.entries).hasSize(2)
			.allSatisfy((key, value) -> assertThat(key).doesNotContain(KEY).doesNotContain("k="));
	}

	/** A map, with a time to live for every endpoint. */
	static final class MapCache implements ResponseCache {

		final Map<String, CachedResponse> entries = new ConcurrentHashMap<>();

		volatile Duration timeToLive = Duration.ofMinutes(1);

		volatile boolean failing;

		final AtomicInteger gets = new AtomicInteger();

		@Override
		public Duration timeToLive(String endpoint) {
			return this.timeToLive;
		}

		@Override
		public Mono<CachedResponse> get(String key) {
			this.gets.incrementAndGet();
			return this.failing ? Mono.error(new IllegalStateException("cache down"))
					: Mono.justOrEmpty(this.entries.get(key));
		}

		@Override
		public Mono<Void> put(String key, CachedResponse response) {
			return this.failing ? Mono.error(new IllegalStateException("cache down"))
					: Mono.fromRunnable(() -> this.entries.put(key, response));
		}

	}

}
