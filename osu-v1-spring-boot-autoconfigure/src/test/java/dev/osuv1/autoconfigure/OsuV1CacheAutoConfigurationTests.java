package dev.osuv1.autoconfigure;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.CachedResponse;
import dev.osuv1.OsuV1Client;
import dev.osuv1.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OsuV1CacheAutoConfiguration} and {@code osu.v1.coalesce}: off by default; when on, answers kept in
 * a cache of the application's {@link CacheManager} (or an in-memory one) under keys without the API key, for the
 * time to live of each endpoint.
 */
class OsuV1CacheAutoConfigurationTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OsuV1AutoConfiguration.class,
				OsuV1CacheAutoConfiguration.class))
		.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl());

	@BeforeEach
	void answerEmptyLists() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
	}

	@Test
	void noCacheByDefault() {
		this.contextRunner.run((context) -> {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			assertThat(client.getResponseCache()).isNull();
			client.getUser("peppy").block();
			client.getUser("peppy").block();
			assertThat(server.getAllServeEvents()).hasSize(2);
		});
	}

	@Test
	void answersAreKeptInAnInMemoryCacheWithoutACacheManager() {
		this.contextRunner.withPropertyValues("osu.v1.cache.enabled=true").run((context) -> {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			ResponseCache cache = client.getResponseCache();
			assertThat(cache).isInstanceOf(SpringResponseCache.class);
			assertThat(cache.timeToLive("get_user")).isEqualTo(Duration.ofMinutes(1));
			assertThat(cache.timeToLive("get_beatmap_osu")).isEqualTo(Duration.ofHours(1));
			assertThat(cache.timeToLive("get_user_recent")).isEqualTo(Duration.ofSeconds(30));
			client.getUser("peppy").block();
			client.getUser("peppy").block();
			assertThat(server.getAllServeEvents()).hasSize(1);
		});
	}

	@Test
	void answersAreKeptInTheApplicationsCacheUnderKeysWithoutTheApiKey() {
		ConcurrentMapCacheManager cacheManager = new ConcurrentMapCacheManager("osuV1");
		this.contextRunner.withPropertyValues("osu.v1.cache.enabled=true")
			.withBean(CacheManager.class, () -> cacheManager)
			.run((context) -> {
				OsuV1Client client = context.getBean(OsuV1Client.class);
				client.getUser("peppy").block();
				client.getUserBests(2).collectList().block();
				ConcurrentMapCache cache = (ConcurrentMapCache) cacheManager.getCache("osuV1");
				assertThat(cache.getNativeCache()).containsOnlyKeys("/api/get_user?u=peppy&type=string&m=0",
						"/api/get_user_best?u=2&type=id&m=0");
				assertThat(cache.getNativeCache().values()).allSatisfy((value) -> assertThat(value)
					.isInstanceOf(CachedResponse.class));
				assertThat(cache.getNativeCache().keySet()).allSatisfy((key) -> assertThat(key.toString())
					.doesNotContain(KEY)
					.doesNotContain("k="));
			});
	}

	@Test
	void aTimeToLiveOfZeroLeavesAnEndpointUncached() {
		this.contextRunner.withPropertyValues("osu.v1.cache.enabled=true", "osu.v1.cache.time-to-live.user=0s",
				"osu.v1.cache.time-to-live.match=2m")
			.run((context) -> {
				OsuV1Client client = context.getBean(OsuV1Client.class);
				assertThat(client.getResponseCache().timeToLive("get_match")).isEqualTo(Duration.ofMinutes(2));
				client.getUser("peppy").block();
				client.getUser("peppy").block();
				assertThat(server.getAllServeEvents()).hasSize(2);
			});
	}

	@Test
	void eachEndpointHasItsOwnTimeToLive() {
		this.contextRunner.withPropertyValues("osu.v1.cache.enabled=true", "osu.v1.cache.time-to-live.user=1s",
				"osu.v1.cache.time-to-live.user-recent=2s", "osu.v1.cache.time-to-live.user-best=3s",
				"osu.v1.cache.time-to-live.beatmaps=4s", "osu.v1.cache.time-to-live.scores=5s",
				"osu.v1.cache.time-to-live.match=6s", "osu.v1.cache.time-to-live.replay=7s",
				"osu.v1.cache.time-to-live.beatmap-file=8s")
			.run((context) -> {
				ResponseCache cache = context.getBean(OsuV1Client.class).getResponseCache();
				List<String> endpoints = List.of("get_user", "get_user_recent", "get_user_best", "get_beatmaps",
						"get_scores", "get_match", "get_replay", "get_beatmap_osu");
				for (int i = 0; i < endpoints.size(); i++) {
					assertThat(cache.timeToLive(endpoints.get(i))).as(endpoints.get(i))
						.isEqualTo(Duration.ofSeconds(i + 1));
				}
				assertThat(cache.timeToLive("get_something_new")).isZero();
			});
	}

	@Test
	void theInMemoryCacheDropsTheLeastRecentlyUsedAnswerBeyondMaxEntries() {
		this.contextRunner.withPropertyValues("osu.v1.cache.enabled=true", "osu.v1.cache.max-entries=2")
			.run((context) -> {
				OsuV1Client client = context.getBean(OsuV1Client.class);
				client.getUser("a").block();
				client.getUser("b").block();
				client.getUser("a").block(); // from the cache, and now the most recently used
				client.getUser("c").block(); // drops b
				assertThat(server.getAllServeEvents()).hasSize(3);
				client.getUser("a").block();
				client.getUser("c").block();
				assertThat(server.getAllServeEvents()).hasSize(3);
				client.getUser("b").block();
				assertThat(server.getAllServeEvents()).hasSize(4);
			});
	}

	@Test
	void failsWhenMaxEntriesIsNotPositive() {
		this.contextRunner.withPropertyValues("osu.v1.cache.enabled=true", "osu.v1.cache.max-entries=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("osu.v1.cache.max-entries"));
	}

	@Test
	void failsWhenTheApplicationsCacheManagerHasNoCacheOfThatName() {
		ConcurrentMapCacheManager cacheManager = new ConcurrentMapCacheManager("other");
		this.contextRunner.withPropertyValues("osu.v1.cache.enabled=true")
			.withBean(CacheManager.class, () -> cacheManager)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("osu.v1.cache.name"));
	}

	@Test
	void callsAreCoalescedUnlessTurnedOff() {
		this.contextRunner
			.run((context) -> assertThat(context.getBean(OsuV1Client.class).isCoalescing()).isTrue());
		this.contextRunner.withPropertyValues("osu.v1.coalesce=false")
			.run((context) -> assertThat(context.getBean(OsuV1Client.class).isCoalescing()).isFalse());
	}

}
