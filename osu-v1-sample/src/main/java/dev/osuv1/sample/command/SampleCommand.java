package dev.osuv1.sample.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code osu-v1-sample}: it only groups the subcommands and holds the {@link ClientSession} they
 * share.
 */
@Command(name = "osu-v1-sample", synopsisSubcommandLabel = "COMMAND",
		description = "Asks the osu! API v1 about users, scores, beatmaps, matches and replays.",
		subcommands = { UserCommand.class, BestCommand.class, RecentCommand.class, BeatmapsCommand.class,
				ScoresCommand.class, MatchCommand.class, ReplayCommand.class, OsuFileCommand.class },
		footer = { "", "Spring property options pass through to Spring (always as --name=value):",
				"  --osu.v1.token=KEY  --osu.v1.base-url=URL  --osu.v1.timeout=10s",
				"  --logging.level.dev.osuv1=debug",
				"Without an osu.v1.token (option, OSU_V1_TOKEN or configuration) the commands",
				"ask an embedded demo osu! server that holds made-up data.", "",
				"Exit status: 0 success (also when nothing was found), 1 API or transport",
				"error, 2 invalid arguments (then nothing was sent)." })
final class SampleCommand implements Callable<Integer> {

	private final ClientSession session;

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	private boolean help;

	SampleCommand(ClientSession session) {
		this.session = session;
	}

	ClientSession session() {
		return this.session;
	}

	@Override
	public Integer call() {
		this.spec.commandLine().getErr().println("error: a command is required");
		this.spec.commandLine().usage(this.spec.commandLine().getErr());
		return ExitCode.USAGE;
	}

}
