package dev.osuv1.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line split in two: the Spring property options, passed to Spring untouched, and the rest, which
 * picocli parses.
 *
 * @param spring the options that set Spring properties ({@code --osu.v1.*}, {@code --spring.*}, {@code --logging.*})
 * @param command the command, its options and parameters
 */
record SpringArguments(List<String> spring, List<String> command) {

	private static final List<String> SPRING_PREFIXES = List.of("--osu.v1.", "--spring.", "--logging.");

	private static final String END_OF_OPTIONS = "--";

	SpringArguments {
		spring = List.copyOf(spring);
		command = List.copyOf(command);
	}

	/**
	 * Splits a command line. After {@code --} every argument belongs to the command, so a user name that looks like
	 * an option can still be given.
	 * @param args the command line
	 * @return the two parts, each in its original order
	 */
	static SpringArguments split(String... args) {
		List<String> spring = new ArrayList<>();
		List<String> command = new ArrayList<>();
		boolean options = true;
		for (String arg : args) {
			if (options && isSpringProperty(arg)) {
				spring.add(arg);
			}
			else {
				options = options && !END_OF_OPTIONS.equals(arg);
				command.add(arg);
			}
		}
		return new SpringArguments(spring, command);
	}

	private static boolean isSpringProperty(String arg) {
		return SPRING_PREFIXES.stream().anyMatch(arg::startsWith);
	}

}
