/**
 * Immutable, validated parameters of each osu! API v1 endpoint. A query that the API would reject, or answer
 * wrongly, cannot be made: construction fails with an {@link java.lang.IllegalArgumentException} that names the
 * parameter, before any request is sent.
 */
@NullMarked
package dev.osuv1.query;

import org.jspecify.annotations.NullMarked;
