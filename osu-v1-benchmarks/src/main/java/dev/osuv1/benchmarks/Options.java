package dev.osuv1.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name=value} command-line options; a bare {@code --name} is {@code true}.
 */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	Options(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("expected --name=value but got '" + arg + "'");
			}
			int equals = arg.indexOf('=');
			if (equals < 0) {
				this.values.put(arg.substring(2), "true");
			}
			else {
				this.values.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
		}
	}

	String get(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	String require(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

	long getLong(String name, long fallback) {
		String value = this.values.get(name);
		return (value != null) ? Long.parseLong(value) : fallback;
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(this.values.getOrDefault(name, "false"));
	}

}
