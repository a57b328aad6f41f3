package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.osuv1.sample.output.JsonOutput;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that asks the API: it checks its arguments first ({@link #prepare()}, where an invalid query throws
 * {@link IllegalArgumentException} before anything is started or sent), then fetches through the client and prints
 * the result, as text or, with {@code --json}, as JSON only.
 *
 * @param <T> what the command fetches
 */
abstract class ApiCommand<T> implements Callable<Integer> {

	@ParentCommand
	private SampleCommand sample;

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	private boolean help;

	@Option(names = "--json", description = "Print only the result, as JSON (null or [] when nothing is found).")
	private boolean json;

	@Override
	public final Integer call() {
		ApiCall<T> call = prepare();
		T result = this.sample.session().run(call);
		PrintWriter out = this.spec.commandLine().getOut();
		present(result, out);
		out.flush();
		return ExitCode.OK;
	}

	/**
	 * Checks the arguments and returns the calls to make.
	 * @return the calls
	 * @throws IllegalArgumentException when an argument is invalid
	 */
	abstract ApiCall<T> prepare();

	/**
	 * Prints the result as readable text.
	 * @param result the result, {@code null} when nothing was found
	 * @param out standard output
	 */
	abstract void printText(@Nullable T result, PrintWriter out);

	/**
	 * Returns what {@code --json} prints for the result; the result itself unless a command says otherwise.
	 * @param result the result, {@code null} when nothing was found
	 * @return the value to write as JSON
	 */
	@Nullable Object jsonOf(@Nullable T result) {
		return result;
	}

	/**
	 * Prints the result as {@code --json} asks.
	 * @param result the result, {@code null} when nothing was found
	 * @param out standard output
	 */
	void present(@Nullable T result, PrintWriter out) {
		if (this.json) {
			JsonOutput.print(jsonOf(result), out);
		}
		else {
			printText(result, out);
		}
	}

	boolean json() {
		return this.json;
	}

}
