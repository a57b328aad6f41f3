/**
 * The osu! API v1 client ({@link dev.osuv1.OsuV1Client}) and the exceptions it signals.
 */
@NullMarked
package dev.osuv1;

import org.jspecify.annotations.NullMarked;
