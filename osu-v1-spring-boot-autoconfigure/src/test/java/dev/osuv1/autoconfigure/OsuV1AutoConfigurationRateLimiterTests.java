package dev.osuv1.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.osuv1.OsuV1Client;
import dev.osuv1.RateLimitException;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.ratelimit.BucketRateLimiter;
import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RateLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the rate limiter wiring of {@link OsuV1AutoConfiguration}: the limiter is built from
 * {@code osu.v1.limiter.*}, backs off for the application's own, and is absent when disabled. The budgets are checked
 * by sending requests to a WireMock server: a request whose turn is further away than max-wait fails and is never
 * sent.
 */
class OsuV1AutoConfigurationRateLimiterTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("osu.v1.token=" + KEY, "osu.v1.base-url=" + server.baseUrl());

	@BeforeEach
	void answerEmptyLists() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
	}

	@Test
	void createsBucketRateLimiterUsedByTheClient() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(RateLimiter.class);
			RateLimiter limiter = context.getBean(RateLimiter.class);
			assertThat(limiter).isInstanceOf(BucketRateLimiter.class);
			assertThat(context.getBean(OsuV1Client.class).getRateLimiter()).isSameAs(limiter);
		});
	}

	@Test
	void limiterHasTheDefaultLimits() {
		this.contextRunner.run((context) -> assertThat(context.getBean(BucketRateLimiter.class).limits())
			.isEqualTo(RateLimits.defaults()));
	}

	@Test
	void limiterFollowsTheProperties() {
		this.contextRunner
			.withPropertyValues("osu.v1.limiter.requests=100", "osu.v1.limiter.period=30s",
					"osu.v1.limiter.replay-requests=4", "osu.v1.limiter.replay-period=2m", "osu.v1.limiter.max-wait=5s")
			.run((context) -> assertThat(context.getBean(BucketRateLimiter.class).limits()).isEqualTo(
					new RateLimits(100, Duration.ofSeconds(30), 4, Duration.ofMinutes(2), Duration.ofSeconds(5))));
	}

	@Test
	void createsRateLimiterEvenWithoutToken() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(RateLimiter.class);
				assertThat(context).doesNotHaveBean(OsuV1Client.class);
			});
	}

	@Test
	void generalBudgetFollowsRequestsAndMaxWait() {
		this.contextRunner
			.withPropertyValues("osu.v1.limiter.requests=2", "osu.v1.limiter.period=1h", "osu.v1.limiter.max-wait=1ms")
			.run((context) -> {
				OsuV1Client client = context.getBean(OsuV1Client.class);
				client.getUser("one").blockOptional();
				client.getUser("two").blockOptional();
				assertThatExceptionOfType(RateLimitException.class)
					.isThrownBy(() -> client.getUser("three").blockOptional());
				server.verify(2, getRequestedFor(urlPathEqualTo("/api/get_user")));
			});
	}

	@Test
	void replayBudgetFollowsReplayRequests() {
		this.contextRunner
			.withPropertyValues("osu.v1.limiter.replay-requests=1", "osu.v1.limiter.replay-period=1h",
					"osu.v1.limiter.max-wait=1ms")
			.run((context) -> {
				server.stubFor(get(urlPathEqualTo("/api/get_replay"))
					.willReturn(okJson("{\"error\":\"Replay not available.\"}")));
				OsuV1Client client = context.getBean(OsuV1Client.class);
				client.getReplay(ReplayQuery.ofScore(1)).blockOptional();
				assertThatExceptionOfType(RateLimitException.class)
					.isThrownBy(() -> client.getReplay(ReplayQuery.ofScore(2)).blockOptional());
				client.getUser("still allowed").blockOptional();
				server.verify(1, getRequestedFor(urlPathEqualTo("/api/get_replay")));
				server.verify(1, getRequestedFor(urlPathEqualTo("/api/get_user")));
			});
	}

	@Test
	void disabledLimiterLeavesTheClientUnlimited() {
		this.contextRunner
			.withPropertyValues("osu.v1.limiter.enabled=false", "osu.v1.limiter.requests=1",
					"osu.v1.limiter.max-wait=1ms")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(RateLimiter.class);
				OsuV1Client client = context.getBean(OsuV1Client.class);
				for (int i = 0; i < 5; i++) {
					client.getUser("player" + i).blockOptional();
				}
				server.verify(5, getRequestedFor(urlPathEqualTo("/api/get_user")));
			});
	}

	@Test
	void backsOffWhenUserDefinesRateLimiter() {
		RateLimiter limiter = (kind) -> Mono.empty();
		this.contextRunner.withBean(RateLimiter.class, () -> limiter).run((context) -> {
			assertThat(context).hasSingleBean(RateLimiter.class);
			assertThat(context.getBean(RateLimiter.class)).isSameAs(limiter);
			assertThat(context.getBean(OsuV1Client.class).getRateLimiter()).isSameAs(limiter);
		});
	}

	@Test
	void failsNamingThePropertyWhenRequestsIsNotPositive() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.requests=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
						(ex) -> assertThat(ex.getName()).isEqualTo("osu.v1.limiter.requests"));
		});
	}

	@Test
	void failsNamingThePropertyWhenMaxWaitIsNotPositive() {
		this.contextRunner.withPropertyValues("osu.v1.limiter.max-wait=0s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
						(ex) -> assertThat(ex.getName()).isEqualTo("osu.v1.limiter.max-wait"));
		});
	}

}
