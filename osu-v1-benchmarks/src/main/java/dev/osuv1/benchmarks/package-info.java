/**
 * Benchmarks of the osu! API v1 client: decoding (JMH), loopback throughput against other clients, and the limiter.
 * {@code bench/run.sh} at the repository root runs them all and writes {@code BENCHMARKS.md}.
 */
@NullMarked
package dev.osuv1.benchmarks;

import org.jspecify.annotations.NullMarked;
