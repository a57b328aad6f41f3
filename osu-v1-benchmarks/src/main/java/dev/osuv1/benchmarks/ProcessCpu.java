package dev.osuv1.benchmarks;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time this whole process has used, all threads included, as the operating system counts it.
 */
final class ProcessCpu {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private ProcessCpu() {
	}

	static long nanos() {
		return OS.getProcessCpuTime();
	}

}
