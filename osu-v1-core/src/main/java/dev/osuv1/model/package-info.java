/**
 * Typed, null-safe records and enums for what the osu! API v1 returns.
 *
 * <p>Fields the API can send as {@code null} are boxed and stay {@code null}; text fields it always sends are never
 * {@code null} (an absent one reads as {@code ""}); lists are never {@code null}. Dates are UTC {@link java.time.Instant}s.
 */
@NullMarked
package dev.osuv1.model;

import org.jspecify.annotations.NullMarked;
