package dev.osuv1.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the command line itself: help, and what happens when it cannot be parsed (status 2, nothing started).
 */
class CommandLineTests {

	@Test
	void helpListsTheCommands() {
		SampleRun run = SampleRun.of("--help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("Usage: osu-v1-sample", "user", "best", "recent", "beatmaps", "scores", "match",
				"replay", "osu-file", "--osu.v1.token=KEY");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void everyCommandHasItsOwnHelp() {
		assertThat(SampleRun.of("user", "--help").out()).contains("Usage: osu-v1-sample user", "<user>...",
				"--mode=M", "--event-days=N", "--json");
		assertThat(SampleRun.of("best", "-h").out()).contains("--limit=N");
		assertThat(SampleRun.of("recent", "--help").out()).contains("--limit=N");
		assertThat(SampleRun.of("beatmaps", "--help").out()).contains("--beatmap-id=N", "--beatmapset-id=N",
				"--since=DATE", "--hash=MD5", "--user=U", "--converts", "--mods=MODS", "--limit=N");
		assertThat(SampleRun.of("scores", "--help").out()).contains("<beatmapId>", "--mods=MODS", "--user=U");
		assertThat(SampleRun.of("match", "--help").out()).contains("<matchId>");
		assertThat(SampleRun.of("replay", "--help").out()).contains("--score-id=N", "--beatmap-id=N", "--osr=FILE");
		assertThat(SampleRun.of("osu-file", "--help").out()).contains("<beatmapId>", "--out=FILE");
	}

	@Test
	void aCommandIsRequired() {
		SampleRun run = SampleRun.of();
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("error: a command is required").contains("Usage: osu-v1-sample");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void unknownCommandsAndOptionsAreUsageErrors() {
		SampleRun command = SampleRun.of("usr", "peppy");
		assertThat(command.status()).isEqualTo(2);
		assertThat(command.err()).contains("Unmatched arguments", "user");
		SampleRun option = SampleRun.of("user", "peppy", "--bogus");
		assertThat(option.status()).isEqualTo(2);
		assertThat(option.err()).contains("--bogus", "Try 'osu-v1-sample user --help'");
	}

	@Test
	void valuesThatDoNotParseNameWhatIsAllowed() {
		SampleRun mode = SampleRun.of("user", "peppy", "--mode=catch");
		assertThat(mode.status()).isEqualTo(2);
		assertThat(mode.err()).contains("--mode", "mode must be one of osu, taiko, fruits, mania or 0-3");
		SampleRun mods = SampleRun.of("scores", "1", "--mods=HDXX");
		assertThat(mods.status()).isEqualTo(2);
		assertThat(mods.err()).contains("--mods");
		SampleRun since = SampleRun.of("beatmaps", "--since=yesterday");
		assertThat(since.status()).isEqualTo(2);
		assertThat(since.err()).contains("'yesterday' is not a date");
		SampleRun id = SampleRun.of("match", "abc");
		assertThat(id.status()).isEqualTo(2);
		assertThat(id.err()).contains("<matchId>");
		assertThat(SampleRun.of("user").status()).isEqualTo(2);
	}

	@Test
	void aUserNameThatLooksLikeAnOptionFollowsEndOfOptions() {
		SampleRun run = SampleRun.of("user", "--json", "--", "-GN");
		assertThat(run.status()).isZero();
		assertThat(run.out().strip()).isEqualTo("null");
	}

}
