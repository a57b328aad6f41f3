/**
 * Spring Boot auto-configuration for the osu! API v1 client: an {@link dev.osuv1.OsuV1Client} bean configured from
 * {@code osu.v1.*} properties, once {@code osu.v1.token} is set.
 */
@NullMarked
package dev.osuv1.autoconfigure;

import org.jspecify.annotations.NullMarked;
