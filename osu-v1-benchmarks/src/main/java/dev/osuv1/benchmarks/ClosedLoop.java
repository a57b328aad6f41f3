package dev.osuv1.benchmarks;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps a fixed number of calls in flight until a given number have completed: when one ends the next starts, as a
 * busy bot with that many users waiting would.
 */
final class ClosedLoop {

	private final Supplier<Mono<?>> call;

	private final int concurrency;

	ClosedLoop(Supplier<Mono<?>> call, int concurrency) {
		this.call = call;
		this.concurrency = concurrency;
	}

	/** Makes the calls and measures them; a failed call is counted, not retried. */
	Phase run(long calls) {
		AtomicLong errors = new AtomicLong();
		long cpu = ProcessCpu.nanos();
		long jit = ProcessCpu.jitNanos();
		long start = System.nanoTime();
		Flux.range(0, Math.toIntExact(calls))
			.flatMap((i) -> this.call.get().then().onErrorResume((ex) -> {
				if (errors.getAndIncrement() == 0) {
					ex.printStackTrace();
				}
				return Mono.empty();
			}), this.concurrency)
			.blockLast();
		long nanos = System.nanoTime() - start;
		return new Phase(calls, nanos, ProcessCpu.nanos() - cpu, errors.get(), ProcessCpu.jitNanos() - jit);
	}

}
