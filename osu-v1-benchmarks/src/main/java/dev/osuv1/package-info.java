/**
 * Benchmarks that need core's package-private decoder, in core's package (a split package works on the class
 * path, where benchmarks run).
 */
@NullMarked
package dev.osuv1;

import org.jspecify.annotations.NullMarked;
