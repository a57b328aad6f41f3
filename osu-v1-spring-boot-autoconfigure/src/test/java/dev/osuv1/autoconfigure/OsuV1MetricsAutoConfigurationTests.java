package dev.osuv1.autoconfigure;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.osuv1.OsuV1Client;
import dev.osuv1.RateLimitException;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OsuV1MetricsAutoConfiguration} with Spring Boot's Micrometer and observation auto-configuration
 * and a {@link SimpleMeterRegistry}: the HTTP calls in {@code http.client.requests} named by their path template, the
 * client's own meters with their tags, and never a query string or the key in a tag.
 */
class OsuV1MetricsAutoConfigurationTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				WebClientAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
				OsuV1AutoConfiguration.class, OsuV1MetricsAutoConfiguration.class))
		.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl(),
				"osu.v1.retry.first-backoff=10ms", "osu.v1.retry.max-backoff=20ms");

	@BeforeEach
	void answerEmptyLists() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
	}

	@Test
	void httpCallsAreRecordedWithTheEndpointPathAsUri() {
		server.stubFor(get("/osu/75").willReturn(aResponse().withStatus(200).withBody("osu file format v14")));
		this.contextRunner.run((context) -> {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			client.getUser("peppy k=1&u=x").block();
			client.getUser(2).block();
			client.getBeatmapOsu(75).block();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry).isInstanceOf(SimpleMeterRegistry.class);
			assertThat(uris(registry)).containsExactlyInAnyOrder("/api/get_user", "/osu/{id}");
			assertThat(registry.get("http.client.requests").tag("uri", "/api/get_user").timer().count())
				.isEqualTo(2);
			assertThat(registry.get("http.client.requests")
				.tags("uri", "/osu/{id}", "method", "GET", "status", "200", "outcome", "SUCCESS")
				.timer()
				.count()).isEqualTo(1);
			assertNoTagHoldsAQueryOrTheKey(registry);
		});
	}

	@Test
	void limiterWaitsAndTokensAreMeasuredPerBucket() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.requests=5").run((context) -> {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			client.getUser(1).block();
			client.getUser(2).block();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("osu.v1.limiter.wait").tag("bucket", "general").timer().count()).isEqualTo(2);
			assertThat(registry.get("osu.v1.limiter.wait").tag("bucket", "replay").timer().count()).isZero();
			assertThat(registry.get("osu.v1.limiter.available").tag("bucket", "general").gauge().value())
				.isEqualTo(3);
			assertThat(registry.get("osu.v1.limiter.available").tag("bucket", "replay").gauge().value())
				.isEqualTo(10);
			assertThat(registry.get("osu.v1.limiter.rejected").tag("bucket", "general").counter().count()).isZero();
		});
	}

	@Test
	void callsTheLimiterRefusesAreCounted() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.requests=1", "osu.v1.limiter.period=1h",
				"osu.v1.limiter.max-wait=10ms")
			.run((context) -> {
				OsuV1Client client = context.getBean(OsuV1Client.class);
				client.getUser(1).block();
				assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> client.getUser(2).block());
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("osu.v1.limiter.rejected").tag("bucket", "general").counter().count())
					.isEqualTo(1);
			});
	}

	@Test
	void retriesAreCountedByEndpointAndReason() {
		server.stubFor(get(anyUrl()).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("failed once")
			.willReturn(aResponse().withStatus(503)));
		server.stubFor(get(anyUrl()).inScenario("flaky")
			.whenScenarioStateIs("failed once")
			.willSetStateTo("failed twice")
			.willReturn(aResponse().withStatus(429)));
		server.stubFor(get(anyUrl()).inScenario("flaky").whenScenarioStateIs("failed twice").willReturn(okJson("[]")));
		this.contextRunner.run((context) -> {
			context.getBean(OsuV1Client.class).getUserBests("peppy").collectList().block();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("osu.v1.retries").tags("endpoint", "get_user_best", "reason", "server_error")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("osu.v1.retries").tags("endpoint", "get_user_best", "reason", "rate_limited")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void sharedCallsAndCacheGetsAreCounted() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]").withFixedDelay(300)));
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(OsuV1CacheAutoConfiguration.class))
			.withPropertyValues("osu.v1.cache.enabled=true")
			.run((context) -> {
				OsuV1Client client = context.getBean(OsuV1Client.class);
				Flux.range(0, 10).flatMap((i) -> client.getUser("peppy"), 10).collectList().block();
				client.getUser("peppy").block();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("osu.v1.coalesced").tag("endpoint", "get_user").counter().count()).isEqualTo(9);
				assertThat(registry.get("osu.v1.cache.gets").tags("endpoint", "get_user", "result", "miss")
					.counter()
					.count()).isEqualTo(10);
				assertThat(registry.get("osu.v1.cache.gets").tags("endpoint", "get_user", "result", "hit")
					.counter()
					.count()).isEqualTo(1);
				assertThat(server.getAllServeEvents()).hasSize(1);
				assertNoTagHoldsAQueryOrTheKey(registry);
			});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OsuV1AutoConfiguration.class,
					OsuV1MetricsAutoConfiguration.class))
			.withPropertyValues("osu.v1.token=" + KEY)
			.run((context) -> {
				assertThat(context).hasSingleBean(OsuV1Client.class);
				assertThat(context).doesNotHaveBean(RateLimiterMetrics.class);
				assertThat(context).doesNotHaveBean("osuV1MetricsClientCustomizer");
			});
	}

	@Test
	void backsOffWithoutMicrometer() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OsuV1AutoConfiguration.class,
					OsuV1MetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withPropertyValues("osu.v1.token=" + KEY)
			.run((context) -> {
				assertThat(context).hasSingleBean(OsuV1Client.class);
				assertThat(context).doesNotHaveBean(RateLimiterMetrics.class);
			});
	}

	private static Set<String> uris(MeterRegistry registry) {
		return registry.find("http.client.requests")
			.meters()
			.stream()
			.map((meter) -> meter.getId().getTag("uri"))
			.collect(Collectors.toSet());
	}

	private static void assertNoTagHoldsAQueryOrTheKey(MeterRegistry registry) {
		List<Meter> meters = registry.getMeters()
			.stream()
			.filter((meter) -> meter.getId().getName().startsWith("osu.v1")
					|| meter.getId().getName().startsWith("http.client"))
			.toList();
		assertThat(meters).isNotEmpty();
		for (Meter meter : meters) {
			for (Tag tag : meter.getId().getTags()) {
				assertThat(tag.getValue()).as(meter.getId().toString())
					.doesNotContain(KEY)
					.doesNotContain("k=")
					.doesNotContain("?")
					.doesNotContain("peppy");
			}
		}
	}

}
