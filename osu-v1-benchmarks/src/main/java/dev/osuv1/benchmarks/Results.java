package dev.osuv1.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON files one run of {@code bench/run.sh} wrote into {@code bench/results}, read for the report; a missing
 * file reads as {@code null} and shows as "n/a".
 */
final class Results {

	private final Path directory;

	private final @Nullable JsonNode jmh;

	Results(Path directory) {
		this.directory = directory;
		this.jmh = read("jmh.json");
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
		JsonNode benchmark = jmhBenchmark(method);
		return (benchmark != null) ? spread(benchmark.path("primaryMetric").path("rawData")) : Spread.of();
	}

	/** The bytes allocated per operation of a JMH benchmark ({@code -prof gc}). */
	Spread jmhAllocation(String method) {
		JsonNode benchmark = jmhBenchmark(method);
		if (benchmark == null) {
			return Spread.of();
		}
		for (var entry : benchmark.path("secondaryMetrics").properties()) {
			if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
				return spread(entry.getValue().path("rawData"));
			}
		}
		return Spread.of();
	}

	String jmhUnit(String method) {
		JsonNode benchmark = jmhBenchmark(method);
		return (benchmark != null) ? benchmark.path("primaryMetric").path("scoreUnit").asString("") : "";
	}

	private @Nullable JsonNode jmhBenchmark(String method) {
		if (this.jmh == null) {
			return null;
		}
		for (JsonNode benchmark : this.jmh) {
			if (benchmark.path("benchmark").asString("").endsWith("." + method)) {
				return benchmark;
			}
		}
		return null;
	}

	/** A steady-phase figure of a load run across its slices. */
	static Spread steady(@Nullable JsonNode load, String field) {
		if (load == null) {
			return Spread.of();
		}
		List<Double> values = new ArrayList<>();
		load.path("steady").forEach((slice) -> values.add(slice.path(field).asDouble(Double.NaN)));
		return Spread.of(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	static double cold(@Nullable JsonNode load, String field) {
		return (load != null) ? load.path("cold").path(field).asDouble(Double.NaN) : Double.NaN;
	}

	private static Spread spread(JsonNode rawData) {
		List<Double> values = new ArrayList<>();
		rawData.forEach((fork) -> fork.forEach((iteration) -> values.add(iteration.asDouble(Double.NaN))));
		return Spread.of(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
