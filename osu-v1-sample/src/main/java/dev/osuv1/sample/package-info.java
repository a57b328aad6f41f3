/**
 * A command-line app for the osu! API v1 built on the starter; see {@link dev.osuv1.sample.OsuV1SampleApplication}.
 */
@NullMarked
package dev.osuv1.sample;

import org.jspecify.annotations.NullMarked;
