package dev.osuv1;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OsuV1ClientBuilderTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@Test
	void theTokenIsRequiredAndMustBeWellFormed() {
		assertThatIllegalStateException().isThrownBy(() -> OsuV1Client.builder().build())
			.withMessageContaining("token");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().token("  "))
			.withMessage("token must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().token("abc def"))
			.withMessage("token must not hold whitespace");
	}

	@Test
	void theBaseUrlDefaultsToOsuAndCanBeChanged() {
		try (OsuV1Client client = OsuV1Client.builder().token(KEY).build()) {
			assertThat(client.getBaseUrl()).isEqualTo("https://osu.ppy.sh");
			try (OsuV1Client other = client.mutate().baseUrl("http://localhost:8080/").build()) {
				assertThat(other.getBaseUrl()).isEqualTo("http://localhost:8080");
			}
		}
	}

	@Test
	void badBaseUrlsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().baseUrl("osu.ppy.sh"))
			.withMessageContaining("baseUrl");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().baseUrl("ftp://x"))
			.withMessageContaining("baseUrl");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().baseUrl("http://x/?a=b"))
			.withMessageContaining("query");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().baseUrl("http://x y"))
			.withMessageContaining("baseUrl");
	}

	@Test
	void durationsAndSizesMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().timeout(Duration.ZERO))
			.withMessageContaining("timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().connectTimeout(null))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().maxResponseSize(0))
			.withMessageContaining("maxResponseSize");
		assertThatIllegalArgumentException().isThrownBy(() -> OsuV1Client.builder().rateLimiter(null))
			.withMessageContaining("rateLimiter");
	}

	@Test
	void theTokenNeverShowsInToString() {
		OsuV1Client.Builder builder = OsuV1Client.builder().token(KEY);
		assertThat(builder.toString()).doesNotContain(KEY);
		try (OsuV1Client client = builder.build()) {
			assertThat(client.toString()).doesNotContain(KEY).contains("https://osu.ppy.sh");
			assertThat(client.mutate().toString()).doesNotContain(KEY);
		}
	}

	@Test
	void closingIsIdempotentAndMutatedCopiesAreIndependent() {
		OsuV1Client client = OsuV1Client.builder().token(KEY).build();
		OsuV1Client copy = client.mutate().build();
		client.close();
		client.close();
		assertThat(client.isClosed()).isTrue();
		assertThat(copy.isClosed()).isFalse();
		copy.close();
	}

}
