package dev.osuv1.sample;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.osuv1.RateLimitException;
import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RequestKind;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/**
 * A {@link RateLimiter} bean that records every request it is asked about and can refuse them all, added to a run with
 * {@code --spring.main.sources=dev.osuv1.sample.RecordingRateLimiter} (it is no {@code @Configuration}, so component
 * scanning leaves it out of every other run).
 */
public class RecordingRateLimiter {

	static final List<RequestKind> acquired = new CopyOnWriteArrayList<>();

	static volatile boolean refuse;

	static void reset() {
		acquired.clear();
		refuse = false;
	}

	@Bean
	RateLimiter rateLimiter() {
		return (kind) -> Mono.defer(() -> {
			acquired.add(kind);
			return refuse ? Mono.error(new RateLimitException(
					"the client's rate limiter would have to wait longer than its max-wait", 0, null,
					Duration.ofSeconds(60))) : Mono.empty();
		});
	}

}
