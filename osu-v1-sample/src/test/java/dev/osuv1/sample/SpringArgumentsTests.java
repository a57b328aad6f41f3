package dev.osuv1.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SpringArguments}.
 */
class SpringArgumentsTests {

	@Test
	void springPropertyOptionsAreTakenOutInOrder() {
		SpringArguments arguments = SpringArguments.split("user", "--osu.v1.token=abc", "peppy", "--json",
				"--spring.main.lazy-initialization=true", "--logging.level.root=info");
		assertThat(arguments.spring()).containsExactly("--osu.v1.token=abc", "--spring.main.lazy-initialization=true",
				"--logging.level.root=info");
		assertThat(arguments.command()).containsExactly("user", "peppy", "--json");
	}

	@Test
	void otherOptionsStayWithTheCommand() {
		SpringArguments arguments = SpringArguments.split("beatmaps", "--beatmap-id=1", "--server.port=1", "--osu");
		assertThat(arguments.spring()).isEmpty();
		assertThat(arguments.command()).containsExactly("beatmaps", "--beatmap-id=1", "--server.port=1", "--osu");
	}

	@Test
	void argumentsAfterEndOfOptionsBelongToTheCommand() {
		SpringArguments arguments = SpringArguments.split("--osu.v1.token=abc", "user", "--", "--spring.is-a-name");
		assertThat(arguments.spring()).containsExactly("--osu.v1.token=abc");
		assertThat(arguments.command()).containsExactly("user", "--", "--spring.is-a-name");
	}

}
