package dev.osuv1.sample.command;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse: what was wrong and where to find help, with status 2.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println("error: " + ex.getMessage());
		UnmatchedArgumentException.printSuggestions(ex, err);
		err.println(helpHint(commandLine));
		return ExitCode.USAGE;
	}

	static String helpHint(CommandLine commandLine) {
		return "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.";
	}

}
