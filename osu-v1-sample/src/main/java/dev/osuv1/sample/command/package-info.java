/**
 * The sample's commands, parsed with picocli: each checks its arguments, then fetches through the client and prints
 * the result as text or JSON.
 */
@NullMarked
package dev.osuv1.sample.command;

import org.jspecify.annotations.NullMarked;
