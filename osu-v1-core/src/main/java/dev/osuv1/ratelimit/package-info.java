/**
 * Client-side rate limiting, so an application stays inside the osu! API's limits without thinking about them.
 */
@NullMarked
package dev.osuv1.ratelimit;

import org.jspecify.annotations.NullMarked;
