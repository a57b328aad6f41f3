/**
 * How the sample prints results: readable text and tables, or JSON for {@code --json}.
 */
@NullMarked
package dev.osuv1.sample.output;

import org.jspecify.annotations.NullMarked;
