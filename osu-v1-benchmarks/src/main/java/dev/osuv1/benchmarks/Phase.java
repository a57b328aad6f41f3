package dev.osuv1.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured stretch of calls: how many, how long they took and the CPU time the whole client process spent
 * meanwhile (every thread: event loops, JIT, GC), and how much of it the JIT compilers took.
 *
 * @param calls the calls made
 * @param nanos wall-clock nanoseconds from the first call to the end of the last
 * @param cpuNanos the process's CPU nanoseconds over the same stretch
 * @param errors calls that failed
 * @param jitNanos the time the JVM's JIT compilers spent compiling over the same stretch
 */
record Phase(long calls, long nanos, long cpuNanos, long errors, long jitNanos) {

	double requestsPerSecond() {
		return this.calls / (this.nanos / 1e9);
	}

	double cpuSecondsPer1000() {
		return (this.cpuNanos / 1e9) / (this.calls / 1000.0);
	}

	/** The form {@code bench/results/*.json} holds, which the Node peers write too. */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("calls", this.calls);
		json.put("seconds", this.nanos / 1e9);
		json.put("cpuSeconds", this.cpuNanos / 1e9);
		json.put("requestsPerSecond", requestsPerSecond());
		json.put("cpuSecondsPer1000", cpuSecondsPer1000());
		json.put("errors", this.errors);
		json.put("jitSeconds", this.jitNanos / 1e9);
		return json;
	}

}
