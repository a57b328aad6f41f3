package dev.osuv1.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON files one run of {@code bench/run.sh} wrote into {@code bench/results}, read for the report; a missing
 * file reads as {@code null} and shows as "n/a". JMH's results may come in several files ({@code jmh.json} and
 * {@code jmh-*.json}, a benchmark being run in several rounds); a benchmark's iterations are gathered from all of them.
 */
final class Results {

	private final Path directory;

	private final List<JsonNode> jmh = new ArrayList<>();

	Results(Path directory) {
		this.directory = directory;
		if (Files.isDirectory(directory)) {
			try (Stream<Path> files = Files.list(directory)) {
				files.map((file) -> file.getFileName().toString())
					.filter((name) -> name.equals("jmh.json") || (name.startsWith("jmh-") && name.endsWith(".json")))
					.sorted()
					.map(this::read)
					.forEach((runs) -> {
						if (runs != null) {
							runs.forEach(this.jmh::add);
						}
					});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Nullable JsonNode read(String name) {
		Path file = this.directory.resolve(name);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Nullable JsonNode load(String workload, String client) {
		return read("load-" + workload + "-" + client + ".json");
	}

	/** The per-iteration scores of a JMH benchmark, named by its method or {@code Class.method}. */
	Spread jmhScore(String method) {
		List<Double> values = new ArrayList<>();
		jmhRuns(method).forEach((run) -> addIterations(run.path("primaryMetric").path("rawData"), values));
		return spread(values);
	}

	/** The bytes allocated per operation of a JMH benchmark ({@code -prof gc}). */
	Spread jmhAllocation(String method) {
		List<Double> values = new ArrayList<>();
		for (JsonNode run : jmhRuns(method)) {
			for (var entry : run.path("secondaryMetrics").properties()) {
				if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
					addIterations(entry.getValue().path("rawData"), values);
				}
			}
		}
		return spread(values);
	}

	String jmhUnit(String method) {
		List<JsonNode> runs = jmhRuns(method);
		return runs.isEmpty() ? "" : runs.get(0).path("primaryMetric").path("scoreUnit").asString("");
	}

	/** How many times (JMH invocations) a benchmark was run. */
	int jmhRounds(String method) {
		return jmhRuns(method).size();
	}

	private List<JsonNode> jmhRuns(String method) {
		List<JsonNode> runs = new ArrayList<>();
		for (JsonNode benchmark : this.jmh) {
			if (benchmark.path("benchmark").asString("").endsWith("." + method)) {
				runs.add(benchmark);
			}
		}
		return runs;
	}

	/** A steady-phase figure of a load run across its slices. */
	static Spread steady(@Nullable JsonNode load, String field) {
		if (load == null) {
			return Spread.of();
		}
		List<Double> values = new ArrayList<>();
		load.path("steady").forEach((slice) -> values.add(slice.path(field).asDouble(Double.NaN)));
		return spread(values);
	}

	static double cold(@Nullable JsonNode load, String field) {
		return (load != null) ? load.path("cold").path(field).asDouble(Double.NaN) : Double.NaN;
	}

	private static void addIterations(JsonNode rawData, List<Double> values) {
		rawData.forEach((fork) -> fork.forEach((iteration) -> values.add(iteration.asDouble(Double.NaN))));
	}

	private static Spread spread(List<Double> values) {
		return Spread.of(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
