package dev.osuv1.sample;

import java.io.PrintStream;

import dev.osuv1.sample.command.SampleCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A command-line app for the osu! API v1, built on the starter: {@code user}, {@code best}, {@code recent},
 * {@code beatmaps}, {@code scores}, {@code match}, {@code replay} and {@code osu-file}. The client is the
 * {@code OsuV1Client} bean that the auto-configuration makes from {@code osu.v1.*}; with no {@code osu.v1.token} the
 * app answers from an embedded demo osu! server with made-up data, so the first run works offline.
 *
 * <pre>
 * java -jar osu-v1-sample.jar user peppy --json
 * java -jar osu-v1-sample.jar best id:2 --mode=taiko --osu.v1.token=KEY
 * </pre>
 */
@SpringBootApplication
public class OsuV1SampleApplication {

	/**
	 * Runs a command and exits with its status.
	 * @param args the command, its options and any Spring property options ({@code --osu.v1.*}, {@code --spring.*},
	 * {@code --logging.*})
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs a command in this JVM, writing its result to {@code out} and its messages to {@code err}; logs go to the
	 * process's standard error.
	 * @param args the command, its options and any Spring property options
	 * @param out where the result goes (with {@code --json}, only the JSON)
	 * @param err where errors and notices go
	 * @return the exit status: 0 success (also when nothing was found), 1 an API or transport error, 2 invalid
	 * arguments (then nothing was sent)
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		SpringArguments arguments = SpringArguments.split(args);
		SpringClientSession session = new SpringClientSession(OsuV1SampleApplication.class, arguments.spring(), err);
		return SampleCommandLine.create(session, out, err).execute(arguments.command());
	}

}
