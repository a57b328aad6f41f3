package dev.osuv1.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RateLimits}.
 */
class RateLimitsTests {

	@Test
	void defaultsFollowTheSeedAndTheReplayLimit() {
		RateLimits defaults = RateLimits.defaults();
		assertThat(defaults.requests()).isEqualTo(600);
		assertThat(defaults.period()).isEqualTo(Duration.ofSeconds(60));
		assertThat(defaults.replayRequests()).isEqualTo(10);
		assertThat(defaults.replayPeriod()).isEqualTo(Duration.ofSeconds(60));
		assertThat(defaults.maxWait()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void withMethodsChangeOneValue() {
		RateLimits defaults = RateLimits.defaults();
		assertThat(defaults.withRequests(60)).isEqualTo(new RateLimits(60, Duration.ofMinutes(1), 10,
				Duration.ofMinutes(1), Duration.ofMinutes(1)));
		assertThat(defaults.withPeriod(Duration.ofSeconds(1)).period()).isEqualTo(Duration.ofSeconds(1));
		assertThat(defaults.withReplayRequests(5).replayRequests()).isEqualTo(5);
		assertThat(defaults.withReplayPeriod(Duration.ofSeconds(2)).replayPeriod()).isEqualTo(Duration.ofSeconds(2));
		assertThat(defaults.withMaxWait(Duration.ofMillis(10)).maxWait()).isEqualTo(Duration.ofMillis(10));
		assertThat(defaults).isEqualTo(RateLimits.defaults());
	}

	@Test
	void countsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimits.defaults().withRequests(0))
			.withMessage("requests must be positive, but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimits.defaults().withReplayRequests(-1))
			.withMessage("replayRequests must be positive, but was -1");
	}

	@Test
	void durationsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimits.defaults().withPeriod(Duration.ZERO))
			.withMessage("period must be a positive duration, but was PT0S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RateLimits.defaults().withReplayPeriod(Duration.ofSeconds(-1)))
			.withMessage("replayPeriod must be a positive duration, but was PT-1S");
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimits.defaults().withMaxWait(null))
			.withMessage("maxWait must be a positive duration, but was null");
	}

}
