package dev.osuv1.benchmarks;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time this whole process has used, all threads included, as the operating system counts it, and the part
 * the JIT compilers took.
 */
final class ProcessCpu {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private ProcessCpu() {
	}

	static long nanos() {
		return OS.getProcessCpuTime();
	}

	/** The time the JIT compilers have spent compiling, summed over their threads (the JVM counts milliseconds). */
	static long jitNanos() {
		return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() * 1_000_000;
	}

}
