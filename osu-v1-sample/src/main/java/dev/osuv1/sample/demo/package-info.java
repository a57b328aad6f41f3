/**
 * The embedded demo osu! server the sample uses when no API key is configured: a small made-up data set served in
 * the real v1 wire format.
 */
@NullMarked
package dev.osuv1.sample.demo;

import org.jspecify.annotations.NullMarked;
