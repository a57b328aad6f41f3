package dev.osuv1;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.Gamemode;
import dev.osuv1.query.BeatmapFilters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OsuV1Client#getBeatmapsSince(Instant, BeatmapFilters)}: a walk over a server that answers pages
 * the way get_beatmaps answers {@code since}, whether it reads {@code since} as inclusive or not, with loved batches
 * sharing an approved date across page boundaries.
 */
class OsuV1ClientSinceTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final Instant START = Instant.parse("2018-06-11T19:40:06Z");

	private static final SinceServer pages = new SinceServer();

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(pages))
		.build();

	private final AtomicInteger tokens = new AtomicInteger();

	private final OsuV1Client client = OsuV1Client.builder()
		.token(KEY)
		.baseUrl(server.baseUrl())
		.rateLimiter((kind) -> Mono.fromRunnable(this.tokens::incrementAndGet))
		.build();

	@BeforeEach
	void answerFromThePages() {
		server.stubFor(get(urlPathEqualTo("/api/get_beatmaps"))
			.willReturn(aResponse().withTransformers(pages.getName())));
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest(name = "since read as inclusive: {0}")
	@ValueSource(booleans = { false, true })
	void threePagesWithBatchesAcrossTheBoundariesReturnEveryMapOnce(boolean inclusive) {
		// 1250 maps; 480-530 share one approved date, as do 970-1010: both cross the end of a 500-map page
		List<SinceServer.Map> maps = pages.serve(START, 1250, 500, inclusive, new int[] { 480, 530 },
				new int[] { 970, 1010 });
		List<Long> ids = this.client.getBeatmapsSince(START).map(Beatmap::beatmapId).collectList().block();
		assertThat(ids).hasSize(1250).doesNotHaveDuplicates();
		assertThat(ids).isEqualTo(maps.stream().map(SinceServer.Map::id).toList());
		assertThat(server.getAllServeEvents()).as("requests").hasSize(3);
		assertThat(this.tokens).as("rate-limiter tokens").hasValue(3);
		server.verify(3, getRequestedFor(urlPathEqualTo("/api/get_beatmaps")).withQueryParam("limit", equalTo("500")));
		server.verify(getRequestedFor(urlPathEqualTo("/api/get_beatmaps"))
			.withQueryParam("since", equalTo("2018-06-11 19:40:05")));
	}

	@Test
	void aPageIsRequestedOnlyWhenTheSubscriberAsksForItsMaps() {
		// 1 2 3=4 5 6 7 in pages of 3: [1 2 3] [3 4 5] [5 6 7] [7]
		pages.serve(START, 7, 3, false, new int[] { 3, 4 });
		StepVerifier.create(this.client.getBeatmapsSince(START, BeatmapFilters.none().withPageSize(3))
			.map(Beatmap::beatmapId), 0)
			.thenRequest(3)
			.expectNext(1L, 2L, 3L)
			.thenAwait(Duration.ofMillis(300))
			.then(() -> assertThat(server.getAllServeEvents()).hasSize(1))
			.thenRequest(2)
			.expectNext(4L, 5L)
			.thenAwait(Duration.ofMillis(300))
			.then(() -> assertThat(server.getAllServeEvents()).hasSize(2))
			.thenRequest(1)
			.expectNext(6L)
			.then(() -> assertThat(server.getAllServeEvents()).hasSize(3))
			.thenRequest(Long.MAX_VALUE)
			.expectNext(7L)
			.verifyComplete();
		assertThat(server.getAllServeEvents()).as("the last page holds no new map and is not full").hasSize(4);
	}

	@Test
	void filtersAreSentWithEveryPage() {
		pages.serve(START, 2, 10, false);
		List<Beatmap> found = this.client
			.getBeatmapsSince(START, BeatmapFilters.none().withMode(Gamemode.TAIKO).withConverts(true).withPageSize(10))
			.collectList()
			.block();
		assertThat(found).hasSize(2);
		server.verify(getRequestedFor(urlPathEqualTo("/api/get_beatmaps")).withQueryParam("m", equalTo("1"))
			.withQueryParam("a", equalTo("1"))
			.withQueryParam("limit", equalTo("10")));
	}

	@Test
	void mapsApprovedBeforeTheStartAreLeftOutEvenWhenTheServerIncludesThem() {
		pages.serve(START, 4, 10, true);
		// a second and a half after the first map: the walk starts at the next whole second, the second map's
		List<Long> ids = this.client.getBeatmapsSince(START.plusMillis(1500))
			.map(Beatmap::beatmapId)
			.collectList()
			.block();
		assertThat(ids).containsExactly(3L, 4L);
	}

	@Test
	void aWholePageInOneSecondFailsRatherThanLoopingOrSkipping() {
		pages.serve(START, 5, 3, false, new int[] { 1, 5 });
		StepVerifier.create(this.client.getBeatmapsSince(START, BeatmapFilters.none().withPageSize(3))
			.map(Beatmap::beatmapId))
			.expectNext(1L, 2L, 3L)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OsuApiException.class)
				.hasMessageContaining("paging by since cannot get past them"))
			.verify(Duration.ofSeconds(10));
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void eachSubscriptionWalksAnew() {
		pages.serve(START, 3, 10, false);
		var walk = this.client.getBeatmapsSince(START);
		assertThat(walk.count().block()).isEqualTo(3);
		assertThat(walk.count().block()).isEqualTo(3);
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void theBlockingStreamReadsPagesAsItGoes() {
		pages.serve(START, 7, 3, false, new int[] { 3, 4 });
		try (var stream = this.client.blocking().getBeatmapsSince(START, BeatmapFilters.none().withPageSize(3))) {
			assertThat(stream.limit(2).map(Beatmap::beatmapId).toList()).containsExactly(1L, 2L);
		}
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void rejectsMissingArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.getBeatmapsSince(null))
			.withMessage("since must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.getBeatmapsSince(START, null))
			.withMessage("filters must not be null");
	}

}
