package dev.osuv1.sample.command;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;

/**
 * The sample's command line: the {@code osu-v1-sample} command and its subcommands, writing UTF-8 to the given
 * streams, with invalid arguments reported as status 2 and API failures as status 1.
 */
public final class SampleCommandLine {

	private final CommandLine commandLine;

	private SampleCommandLine(CommandLine commandLine) {
		this.commandLine = commandLine;
	}

	/**
	 * Creates the command line.
	 * @param session what gives the commands a client
	 * @param out where results go
	 * @param err where errors and help for invalid arguments go
	 * @return the command line
	 */
	public static SampleCommandLine create(ClientSession session, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(new SampleCommand(session));
		commandLine.setOut(utf8(out));
		commandLine.setErr(utf8(err));
		// a user name may start with '@': never read it as a file of arguments
		commandLine.setExpandAtFiles(false);
		commandLine.setParameterExceptionHandler(new UsageErrorReporter());
		commandLine.setExecutionExceptionHandler(new FailureReporter());
		return new SampleCommandLine(commandLine);
	}

	/**
	 * Parses the arguments and runs the command they name.
	 * @param args the command, its options and parameters (without Spring property options)
	 * @return the exit status: 0 success, 1 an API or transport error, 2 invalid arguments
	 */
	public int execute(List<String> args) {
		try {
			return this.commandLine.execute(args.toArray(new String[0]));
		}
		finally {
			this.commandLine.getOut().flush();
			this.commandLine.getErr().flush();
		}
	}

	private static PrintWriter utf8(PrintStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
	}

}
