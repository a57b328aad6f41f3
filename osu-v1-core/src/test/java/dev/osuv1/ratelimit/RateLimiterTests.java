package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RateLimiter}.
 */
class RateLimiterTests {

	@Test
	void unlimitedNeverDelays() {
		VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
		try {
			RateLimiter unlimited = RateLimiter.unlimited();
			List<Call> calls = new ArrayList<>();
			for (int i = 0; i < 10_000; i++) {
				calls.add(Call.start(unlimited, (i % 2 == 0) ? RequestKind.GENERAL : RequestKind.REPLAY, scheduler));
			}
			assertThat(calls).allSatisfy((call) -> assertThat(call.releasedAt()).isEqualTo(Duration.ZERO));
		}
		finally {
			scheduler.dispose();
		}
	}

}
