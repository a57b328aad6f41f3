package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import dev.osuv1.OsuApiException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import reactor.core.Exceptions;

/**
 * Turns what a command threw into one line on standard error and an exit status: 2 for invalid arguments (a query
 * that failed its checks, or a configuration the application cannot start with; nothing was sent), 1 for everything
 * else, such as an {@link OsuApiException} or a file that cannot be written. No stack trace is printed.
 */
final class FailureReporter implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		Throwable failure = Exceptions.unwrap(ex);
		PrintWriter err = commandLine.getErr();
		if (failure instanceof IllegalArgumentException) {
			err.println("error: " + oneLine(failure.getMessage()));
			err.println(UsageErrorReporter.helpHint(commandLine));
			return ExitCode.USAGE;
		}
		if (failure instanceof StartupFailedException) {
			err.println("error: " + oneLine(failure.getMessage()));
			return ExitCode.USAGE;
		}
		if (failure instanceof OsuApiException || failure instanceof UncheckedIOException) {
			err.println("error: " + oneLine(failure.getMessage()));
			return ExitCode.SOFTWARE;
		}
		err.println("error: " + oneLine((failure.getMessage() != null) ? failure.getMessage() : failure.toString()));
		return ExitCode.SOFTWARE;
	}

	private static String oneLine(@Nullable String message) {
		return (message != null) ? message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip() : "unknown failure";
	}

}
