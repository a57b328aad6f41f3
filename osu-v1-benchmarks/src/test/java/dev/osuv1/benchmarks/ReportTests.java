package dev.osuv1.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report: medians, ratios and targets from result files, written between the markers only.
 */
class ReportTests {

	@Test
	void spreadIsMedianAndRange() {
		assertThat(Spread.of(3, 1, 2)).isEqualTo(new Spread(2, 1, 3));
		assertThat(Spread.of(4, 1, 2, 3).median()).isEqualTo(2.5);
		assertThat(Spread.of(1200.5, 1000, 1500).format(0)).isEqualTo("1,201 [1,000–1,500]");
	}

	@Test
	void regeneratesOnlyTheMarkedPart(@TempDir Path directory) throws Exception {
		Path results = Files.createDirectories(directory.resolve("results"));
		for (String client : new String[] { "osu-v1", "webclient", "node-osu", "node-http" }) {
			double rate = client.equals("osu-v1") ? 2000 : 1000;
			String jit = client.equals("osu-v1") ? ",\"jitSeconds\":0.005" : "";
			Files.writeString(results.resolve("load-get_user-" + client + ".json"), "{\"concurrency\":64,"
					+ "\"cold\":{\"calls\":10,\"requestsPerSecond\":100,\"cpuSecondsPer1000\":1" + jit + "},"
					+ "\"warmupCalls\":20,"
					+ "\"steady\":[{\"calls\":5,\"requestsPerSecond\":" + rate + ",\"cpuSecondsPer1000\":0.1}]}");
		}
		Path markdown = directory.resolve("BENCHMARKS.md");
		Files.writeString(markdown, "# Benchmarks\n\nkept\n\n" + Report.BEGIN + "\nold\n" + Report.END + "\n\nalso kept\n");
		Report.write(markdown, Report.generate(new Results(results)));
		String text = Files.readString(markdown);
		assertThat(text).startsWith("# Benchmarks\n\nkept\n\n").endsWith("\n\nalso kept\n").doesNotContain("\nold\n");
		assertThat(text).contains("| osu-v1 | 100 | 1.000 | 0.500 | 2,000 [2,000–2,000] | 0.100 [0.100–0.100] |");
		assertThat(text).contains("| node-osu | 100 | 1.000 | n/a | 1,000 [1,000–1,000] | 0.100 [0.100–0.100] |");
		assertThat(text).contains("| webclient | 2.00 | 1.00 | 1.00 |");
		assertThat(text).contains("| get_user steady ≥ 0.9 × the bare WebClient floor's req/s | × 2.00 | yes |");
	}

	@Test
	void gathersABenchmarksIterationsFromEveryJmhFile(@TempDir Path results) throws Exception {
		Files.writeString(results.resolve("jmh.json"), jmh("getUserClient", "[[3.0, 5.0]]"));
		Files.writeString(results.resolve("jmh-decode-1.json"), jmh("getBeatmapsClient", "[[10.0, 12.0]]"));
		Files.writeString(results.resolve("jmh-decode-2.json"), jmh("getBeatmapsClient", "[[14.0]]"));
		Files.writeString(results.resolve("load-get_user-osu-v1.json"), "{}");
		Results read = new Results(results);
		assertThat(read.jmhScore("getBeatmapsClient")).isEqualTo(new Spread(12, 10, 14));
		assertThat(read.jmhAllocation("getBeatmapsClient")).isEqualTo(new Spread(100, 100, 100));
		assertThat(read.jmhRounds("getBeatmapsClient")).isEqualTo(2);
		assertThat(read.jmhScore("getUserClient")).isEqualTo(new Spread(4, 3, 5));
		assertThat(read.jmhUnit("getUserClient")).isEqualTo("us/op");
	}

	private static String jmh(String method, String rawData) {
		return "[{\"benchmark\":\"dev.osuv1.DecodingBenchmarks." + method + "\",\"primaryMetric\":{\"scoreUnit\":\"us/op\","
				+ "\"rawData\":" + rawData + "},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"rawData\":[[100.0]]}}}]";
	}

}
